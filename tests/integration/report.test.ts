import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DbContext } from '../../src/db/context';
import type { QcDb } from '../../src/db/db';
import { startInspection } from '../../src/db/repositories/inspections';
import { bilingual } from '../../src/features/report/Bi';
import { ReportSheet } from '../../src/features/report/ReportPage';
import { loadReportModel } from '../../src/features/report/report-model';
import type { Inspection } from '../../src/shared/schema';
import { buildFactory, buildOrder, freshDb, newTestId } from './fixtures';
import { checklist, clock, fillInspection, library, sheet } from './report-fixtures';

const factory = buildFactory();
const order = buildOrder({
  factoryId: factory.id,
  specSheetId: sheet.id,
  checklistId: checklist.id,
  defectLibraryId: library.id,
});
const inspectorId = newTestId();

let db: QcDb;
let inspection: Inspection;
beforeEach(async () => {
  db = freshDb();
  await db.orders.put(order);
  await db.factories.put(factory);
  await db.users.put({
    id: inspectorId,
    username: 'insp',
    displayName: 'Inspector Zhou',
    role: 'inspector',
    factoryIds: [],
  });
  await Promise.all([
    db.specSheets.put(sheet),
    db.checklists.put(checklist),
    db.defectLibraries.put(library),
  ]);
  inspection = await startInspection(
    db,
    { orderId: order.id, inspectorId, stage: 'final', lotSize: 1000, cartons: 40 },
    { clock },
  );
});
afterEach(async () => {
  await db.delete();
});

describe('loadReportModel', () => {
  it('is null for an inspection that is not on this phone', async () => {
    expect(await loadReportModel(db, newTestId())).toBeNull();
  });

  it('assembles every section with the right counts, leaving out tombstoned and superseded records', async () => {
    await fillInspection(db, inspection.id);
    const model = await loadReportModel(db, inspection.id);
    if (!model) throw new Error('no model');
    expect(model.order?.po).toBe(order.po);
    expect(model.factory?.name).toEqual(factory.name);
    expect(model.inspector?.displayName).toBe('Inspector Zhou');
    expect(model.plans?.workmanship.major).toMatchObject({
      sampleSize: 80,
      acceptNumber: 5,
      rejectNumber: 6,
    });
    expect(model.defects.map((d) => [d.defect.code, d.type?.name.en ?? null, d.photos.length])).toEqual([
      ['STI-001', 'Skipped stitch', 1],
      ['XYZ-999', null, 0],
    ]);
    expect(model.generalPhotos).toHaveLength(1);
    expect(model.measurements?.rows.map((r) => [r.size, r.pomCode, r.value, r.status])).toEqual([
      ['M', 'A01', 78.5, 'in'],
      ['M', 'A02', 58, 'over'],
      ['L', 'A01', 80, 'in'],
    ]);
    expect(model.measurements?.summary.rows.map((r) => [r.pomCode, r.measured, r.out])).toEqual([
      ['A01', 2, 0],
      ['A02', 1, 1],
    ]);
    expect(
      model.checklist?.rows.map((r) => [r.item.code, r.answer?.answer ?? null, r.answer?.comment ?? null]),
    ).toEqual([
      ['APP-001', 'pass', 'pressed again'],
      ['FUN-001', 'na', null],
      ['LAB-001', null, null],
    ]);
    expect(model.packing.checks).toHaveLength(4);
    expect(model.packing.cartonsOpened).toEqual([3, 7]);
    expect(model.fabric?.rolls).toHaveLength(1);
    expect(model.fabric?.lot.result?.rolls[0]).toMatchObject({ points: 4, per100SquareYards: 40 });
    expect(model.verdict?.verdict.result).toBe('pending'); // measurements and checklist incomplete
    expect(model.rectifications.map((r) => r.text)).toEqual(['Fix collars']);
    expect(model.signatures.inspector?.name).toBe('Wang');
    expect(model.signatures.factory?.name).toBe('Chen');
    expect(model.decision?.decision).toBe('reject');
    expect(model.inspection.recommendationReason).toBe('Chest');
  });
});

describe('report sheet', () => {
  it('labels are printed in both languages whatever the UI language', () => {
    expect(bilingual('report.defects')).toBe('缺陷 Defects');
    expect(bilingual('severity.major')).toBe('严重 Major');
  });

  it('renders a row per live defect and reading, the photos and both signatures', async () => {
    await fillInspection(db, inspection.id);
    const model = await loadReportModel(db, inspection.id);
    if (!model) throw new Error('no model');
    const html = renderToStaticMarkup(
      createElement(DbContext.Provider, { value: db }, createElement(ReportSheet, { model })),
    );
    const count = (testId: string) => html.split(`data-testid="${testId}"`).length - 1;
    expect(count('report')).toBe(1);
    expect(count('report-defect-row')).toBe(2);
    expect(count('report-measure-row')).toBe(3);
    expect(count('report-photo')).toBe(2);
    expect(count('report-signature')).toBe(2);
    expect(html).toContain('跳针 / Skipped stitch');
    expect(html).toContain('<path d="M 1 2 L 30 40"');
  });
});

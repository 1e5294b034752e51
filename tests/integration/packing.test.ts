import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QcDb } from '../../src/db/db';
import { InspectionLockedError, startInspection } from '../../src/db/repositories/inspections';
import {
  checkKey,
  currentPackingChecks,
  ExpectedPiecesMissingError,
  judgeAssortment,
  markCartonOpened,
  recordAssortment,
  recordPieces,
  recordVisualCheck,
  setExpectedPieces,
} from '../../src/db/repositories/packing';
import { closingVerdict } from '../../src/features/closing/verdict-view';
import { loadClosingEvidence } from '../../src/features/closing/use-closing-data';
import { drawnCartons } from '../../src/features/packing/drawn-cartons';
import { packingVerdictInput, summarizePacking } from '../../src/features/packing/packing-summary';
import { computePlans } from '../../src/features/plans/plan-config';
import { drawCartons } from '../../src/shared/domain';
import type { Inspection } from '../../src/shared/schema';
import { Mutation } from '../../src/shared/sync-protocol';
import { buildOrder, freshDb, newTestId } from './fixtures';

let db: QcDb;
let inspection: Inspection;
let cartons: number[];
const order = buildOrder();

const snapshot = async () => ({
  checks: await db.packingChecks.toArray(),
  outbox: await db.outbox.toArray(),
});

beforeEach(async () => {
  db = freshDb();
  await db.orders.put(order);
  inspection = await startInspection(db, {
    orderId: order.id,
    inspectorId: newTestId(),
    stage: 'final',
    lotSize: 1000,
    cartons: 40,
  });
  cartons = drawnCartons(inspection);
});
afterEach(async () => {
  await db.delete();
});

describe('packing checks', () => {
  it('draws the same cartons as the plan: ⌈√40⌉ = 7 seeded by the inspection id', () => {
    expect(cartons).toEqual(drawCartons(40, 7, inspection.id));
  });

  it('are append-only and the latest per kind and carton wins', async () => {
    const carton = cartons[0]!;
    await recordVisualCheck(db, {
      inspectionId: inspection.id,
      kind: 'shipping_marks',
      cartonNo: carton,
      result: 'fail',
    });
    await recordVisualCheck(db, {
      inspectionId: inspection.id,
      kind: 'shipping_marks',
      cartonNo: carton,
      result: 'pass',
    });
    await recordVisualCheck(db, {
      inspectionId: inspection.id,
      kind: 'carton_condition',
      cartonNo: carton,
      result: 'fail',
    });
    expect(await db.packingChecks.count()).toBe(3);
    const current = await currentPackingChecks(db, inspection.id);
    expect(current.get(checkKey('shipping_marks', carton))?.result).toBe('pass');
    expect(current.get(checkKey('carton_condition', carton))?.result).toBe('fail');
    const wire = (await db.outbox.orderBy('seq').toArray()).map(({ createdAt: _c, ...m }) =>
      Mutation.parse(m),
    );
    expect(wire.filter((m) => m.name === 'packing.check')).toHaveLength(3);
  });

  it('fail pieces per carton automatically on a mismatch with the expected count', async () => {
    const [a, b] = cartons as [number, number];
    await setExpectedPieces(db, { inspectionId: inspection.id, pieces: 24 });
    const short = await recordPieces(db, { inspectionId: inspection.id, cartonNo: a, actual: 22 });
    const full = await recordPieces(db, { inspectionId: inspection.id, cartonNo: b, actual: 24 });
    expect(short).toMatchObject({ kind: 'pieces_per_carton', result: 'fail', expected: '24', actual: '22' });
    expect(full).toMatchObject({ result: 'pass', expected: '24', actual: '24' });
    // A corrected expected count judges the next entry; the earlier record stays as it was.
    await setExpectedPieces(db, { inspectionId: inspection.id, pieces: 22 });
    expect(await recordPieces(db, { inspectionId: inspection.id, cartonNo: a, actual: 22 })).toMatchObject({
      result: 'pass',
    });
  });

  it('cannot judge pieces before the expected count is entered, and writes nothing', async () => {
    const before = await snapshot();
    await expect(
      recordPieces(db, { inspectionId: inspection.id, cartonNo: cartons[0]!, actual: 24 }),
    ).rejects.toBeInstanceOf(ExpectedPiecesMissingError);
    expect(await snapshot()).toEqual(before);
  });

  it('judge the assortment against the order ratio, within one piece per line', () => {
    // Order: WHT/M 600, WHT/L 400 → a carton of 24 holds 14.4 / 9.6.
    expect(judgeAssortment(order.lines, counts(14, 10))).toEqual({
      result: 'pass',
      expected: 'WHT/M:14, WHT/L:10',
      actual: 'WHT/M:14, WHT/L:10',
    });
    expect(judgeAssortment(order.lines, counts(15, 9)).result).toBe('pass');
    expect(judgeAssortment(order.lines, counts(16, 8)).result).toBe('fail');
    expect(judgeAssortment(order.lines, counts(0, 0)).result).toBe('fail');
    const stray = [...counts(14, 10), { colour: 'BLK', size: 'M', count: 1 }];
    expect(judgeAssortment(order.lines, stray).result).toBe('fail');
  });

  it('record the assortment judged against the lines of the inspection’s order', async () => {
    const check = await recordAssortment(db, {
      inspectionId: inspection.id,
      cartonNo: cartons[0]!,
      counts: counts(20, 4),
    });
    expect(check).toMatchObject({ kind: 'assortment', result: 'fail', expected: 'WHT/M:14, WHT/L:10' });
  });

  it('are refused after submit and nothing is written', async () => {
    await setExpectedPieces(db, { inspectionId: inspection.id, pieces: 24 });
    await db.inspections.update(inspection.id, {
      status: 'submitted',
      submittedAt: '2026-11-21T08:00:00.000Z',
    });
    const before = await snapshot();
    const id = inspection.id;
    const cartonNo = cartons[0]!;
    const attempts = [
      markCartonOpened(db, { inspectionId: id, cartonNo, opened: true }),
      recordVisualCheck(db, { inspectionId: id, kind: 'shipping_marks', cartonNo, result: 'pass' }),
      setExpectedPieces(db, { inspectionId: id, pieces: 12 }),
      recordPieces(db, { inspectionId: id, cartonNo, actual: 24 }),
      recordAssortment(db, { inspectionId: id, cartonNo, counts: counts(14, 10) }),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toBeInstanceOf(InspectionLockedError);
    expect(await snapshot()).toEqual(before);
  });
});

describe('packing summary and verdict', () => {
  it('counts opened cartons and failed checks; unticking a carton takes it out', async () => {
    const [a, b] = cartons as [number, number];
    await markCartonOpened(db, { inspectionId: inspection.id, cartonNo: a, opened: true });
    await markCartonOpened(db, { inspectionId: inspection.id, cartonNo: b, opened: true });
    await recordVisualCheck(db, {
      inspectionId: inspection.id,
      kind: 'carton_condition',
      cartonNo: b,
      result: 'fail',
    });
    let summary = summarizePacking(await currentPackingChecks(db, inspection.id), cartons);
    expect(summary).toEqual({ total: 7, opened: [a, b], failedChecks: 1, failedCartons: [b] });
    await markCartonOpened(db, { inspectionId: inspection.id, cartonNo: b, opened: false });
    summary = summarizePacking(await currentPackingChecks(db, inspection.id), cartons);
    expect(summary).toEqual({ total: 7, opened: [a], failedChecks: 0, failedCartons: [] });
    expect(packingVerdictInput(summary)).toBeNull();
  });

  it('a failed carton fails the closing verdict; a clean packing leaves it untouched', async () => {
    const plans = computePlans(inspection.lotSize, inspection.aql).plans!;
    const clean = closingVerdict(plans, await loadClosingEvidence(db, inspection)).verdict;
    expect(clean.packing).toBe('not-applicable');
    const carton = cartons[0]!;
    await markCartonOpened(db, { inspectionId: inspection.id, cartonNo: carton, opened: true });
    await recordVisualCheck(db, {
      inspectionId: inspection.id,
      kind: 'shipping_marks',
      cartonNo: carton,
      result: 'fail',
    });
    const failed = closingVerdict(plans, await loadClosingEvidence(db, inspection)).verdict;
    expect(failed.result).toBe('fail');
    expect(failed.packing).toBe('rejected');
    expect(failed.reasons.map((r) => r.code)).toContain('packing-rejected');
  });
});

function counts(m: number, l: number) {
  return [
    { colour: 'WHT', size: 'M', count: m },
    { colour: 'WHT', size: 'L', count: l },
  ];
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { translate } from '../../src/app/i18n';
import type { QcDb } from '../../src/db/db';
import { addDefect, DefectGoneError, defectUsage, replaceDefect } from '../../src/db/repositories/defects';
import { InspectionLockedError, startInspection } from '../../src/db/repositories/inspections';
import { formValuesOf, readDefectForm } from '../../src/features/defects/defect-form';
import { defectTotals } from '../../src/features/defects/defect-totals';
import { orderByUsage } from '../../src/features/defects/library-order';
import { locationLabel } from '../../src/features/defects/locations';
import type { DefectLibrary, Inspection, Photo } from '../../src/shared/schema';
import { Mutation } from '../../src/shared/sync-protocol';
import { buildOrder, freshDb, newTestId } from './fixtures';

let db: QcDb;
let inspection: Inspection;
const order = buildOrder();
const inspectorId = newTestId();

const snapshot = async () => ({
  defects: await db.defects.toArray(),
  photos: await db.photos.toArray(),
  outbox: await db.outbox.toArray(),
});

const outboxWire = async () =>
  (await db.outbox.orderBy('seq').toArray()).map(({ createdAt: _c, ...wire }) => Mutation.parse(wire));

const photoOf = (defectId: string, overrides: Partial<Photo> = {}): Photo => ({
  id: newTestId(),
  inspectionId: inspection.id,
  target: { kind: 'defect', id: defectId },
  sha256: 'a'.repeat(64),
  bytes: 1234,
  mime: 'image/jpeg',
  width: 800,
  height: 600,
  annotationOf: null,
  createdAt: '2026-11-20T08:00:00.000Z',
  deletedAt: null,
  ...overrides,
});

beforeEach(async () => {
  db = freshDb();
  await db.orders.put(order);
  inspection = await startInspection(db, {
    orderId: order.id,
    inspectorId,
    stage: 'final',
    lotSize: 1000,
    cartons: 40,
  });
});
afterEach(async () => {
  await db.delete();
});

describe('editing a defect', () => {
  it('tombstones the old record and adds a new one with consecutive seqs, copying its photos', async () => {
    const old = await addDefect(db, { inspectionId: inspection.id, code: 'SEW-01', severity: 'minor' });
    const photo = photoOf(old.id);
    await db.photos.put(photo);
    const before = (await db.outbox.toArray()).length;

    const next = await replaceDefect(db, old.id, {
      quantity: 3,
      severity: 'major',
      location: 'collar',
      carton: 7,
    });

    expect(next.id).not.toBe(old.id);
    expect(next).toMatchObject({
      code: 'SEW-01',
      quantity: 3,
      severity: 'major',
      location: 'collar',
      carton: 7,
    });
    expect((await db.defects.get(old.id))?.deletedAt).not.toBeNull();
    const wire = (await outboxWire()).slice(before);
    expect(wire.map((m) => m.name)).toEqual(['defect.remove', 'defect.add', 'photo.add']);
    expect(wire.map((m) => m.seq)).toEqual([wire[0]!.seq, wire[0]!.seq + 1, wire[0]!.seq + 2]);
    expect(wire[0]).toMatchObject({ args: { id: old.id, inspectionId: inspection.id } });
    expect(wire[1]).toMatchObject({ args: next });
    // Same bytes (SHA-256), new record pointing at the new defect; the old photo record stays.
    expect(wire[2]).toMatchObject({
      args: { sha256: photo.sha256, target: { kind: 'defect', id: next.id }, inspectionId: inspection.id },
    });
    expect(await db.photos.get(photo.id)).toEqual(photo);
  });

  it('is all or nothing: a failure after the tombstone leaves no trace', async () => {
    const old = await addDefect(db, { inspectionId: inspection.id, code: 'SEW-01', severity: 'minor' });
    await db.photos.put(photoOf(old.id));
    const before = await snapshot();
    let calls = 0;
    const newId = () => {
      calls += 1;
      if (calls === 2) throw new Error('boom while copying photos');
      return newTestId();
    };
    await expect(replaceDefect(db, old.id, { quantity: 2 }, { newId })).rejects.toThrow('boom');
    expect(await snapshot()).toEqual(before);
  });

  it('keeps the class totals as the sum of quantities and the record count as the total', async () => {
    const a = await addDefect(db, { inspectionId: inspection.id, code: 'SEW-01', severity: 'major' });
    await addDefect(db, { inspectionId: inspection.id, code: 'SEW-02', severity: 'major' });
    await replaceDefect(db, a.id, { quantity: 4 });
    const live = (await db.defects.toArray()).filter((d) => d.deletedAt === null);
    expect(live).toHaveLength(2);
    expect(defectTotals(live)).toMatchObject({ major: 5, total: 5 });
  });

  it('a bad quantity writes nothing and explains why in both languages', async () => {
    const old = await addDefect(db, { inspectionId: inspection.id, code: 'SEW-01', severity: 'minor' });
    const before = await snapshot();
    for (const quantity of ['0', '-2', '1.5', '', 'abc']) {
      const read = readDefectForm({ ...formValuesOf(old), quantity });
      expect(read).toEqual({ ok: false, error: 'defects.error.quantity' });
    }
    for (const quantity of [0, -2, 1.5]) {
      await expect(replaceDefect(db, old.id, { quantity })).rejects.toBeInstanceOf(ZodError);
    }
    expect(await snapshot()).toEqual(before);
    expect(translate('en', 'defects.error.quantity')).toMatch(/whole number/);
    expect(translate('zh-CN', 'defects.error.quantity')).toMatch(/整数/);
  });

  it('edits are refused after submit and nothing is written', async () => {
    const old = await addDefect(db, { inspectionId: inspection.id, code: 'SEW-01', severity: 'minor' });
    await db.inspections.update(inspection.id, {
      status: 'submitted',
      submittedAt: '2026-11-21T08:00:00.000Z',
    });
    const before = await snapshot();
    await expect(replaceDefect(db, old.id, { quantity: 2 })).rejects.toBeInstanceOf(InspectionLockedError);
    expect(await snapshot()).toEqual(before);
  });

  it('an unchanged save writes nothing, and a replaced defect cannot be edited again', async () => {
    const old = await addDefect(db, { inspectionId: inspection.id, code: 'SEW-01', severity: 'minor' });
    const before = await snapshot();
    expect(await replaceDefect(db, old.id, { quantity: 1, severity: 'minor' })).toEqual(old);
    expect(await snapshot()).toEqual(before);
    await replaceDefect(db, old.id, { note: 'loose thread at left cuff' });
    await expect(replaceDefect(db, old.id, { quantity: 2 })).rejects.toBeInstanceOf(DefectGoneError);
  });

  it('the form reads the optional fields, and a free-text location round-trips', async () => {
    const old = await addDefect(db, { inspectionId: inspection.id, code: 'SEW-01', severity: 'minor' });
    const values = { ...formValuesOf(old), sampleNo: '12', colour: 'WHT', size: 'M', carton: '5' };
    const read = readDefectForm({ ...values, location: 'other', locationText: ' near the label ' });
    expect(read).toEqual({
      ok: true,
      changes: expect.objectContaining({
        sampleNo: 12,
        colour: 'WHT',
        size: 'M',
        carton: 5,
        location: 'near the label',
      }),
    });
    expect(readDefectForm({ ...values, carton: '0' })).toEqual({ ok: false, error: 'defects.error.carton' });
    const edited = await replaceDefect(db, old.id, { location: 'near the label' });
    expect(formValuesOf(edited)).toMatchObject({ location: 'other', locationText: 'near the label' });
    const t = (key: Parameters<typeof translate>[1]) => translate('zh-CN', key);
    expect(locationLabel('collar', t)).toBe('领子');
    expect(locationLabel('near the label', t)).toBe('near the label');
  });
});

describe('the defect library order', () => {
  const library: DefectLibrary = {
    id: newTestId(),
    version: 1,
    groups: [{ code: 'SEW', name: { zh: '缝制', en: 'Sewing' } }],
    defects: ['SEW-01', 'SEW-02', 'SEW-03'].map((code) => ({
      code,
      group: 'SEW',
      name: { zh: code, en: code },
    })),
  } as unknown as DefectLibrary;

  it('puts the inspector’s most-used defects first, from their other inspections, then library order', async () => {
    const earlier = await startInspection(db, {
      orderId: order.id,
      inspectorId,
      stage: 'inline',
      lotSize: 500,
      cartons: 0,
    });
    const someoneElse = await startInspection(db, {
      orderId: order.id,
      inspectorId: newTestId(),
      stage: 'inline',
      lotSize: 500,
      cartons: 0,
    });
    for (const code of ['SEW-03', 'SEW-03', 'SEW-02']) {
      await addDefect(db, { inspectionId: earlier.id, code, severity: 'major' });
    }
    for (const code of ['SEW-02', 'SEW-02', 'SEW-02']) {
      await addDefect(db, { inspectionId: someoneElse.id, code, severity: 'major' });
      // Taps in the inspection being counted do not reorder the grid under the thumb.
      await addDefect(db, { inspectionId: inspection.id, code: 'SEW-01', severity: 'major' });
    }
    const usage = await defectUsage(db, inspectorId, inspection.id);
    expect(Object.fromEntries(usage)).toEqual({ 'SEW-03': 2, 'SEW-02': 1 });
    const groups = orderByUsage([{ group: library.groups[0]!, defects: library.defects }], usage);
    expect(groups[0]!.defects.map((d) => d.code)).toEqual(['SEW-03', 'SEW-02', 'SEW-01']);
  });
});

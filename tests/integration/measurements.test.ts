import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QcDb } from '../../src/db/db';
import { InspectionLockedError, startInspection } from '../../src/db/repositories/inspections';
import {
  NotOnSpecSheetError,
  addMeasurement,
  currentReadings,
  readingsInWindow,
  removeMeasurement,
} from '../../src/db/repositories/measurements';
import { nextCursor, type GridShape } from '../../src/features/measurements/cursor';
import { saveEntry } from '../../src/features/measurements/save-entry';
import { pomSpec } from '../../src/features/measurements/spec';
import { summarizeSheet } from '../../src/features/measurements/summary';
import type { Inspection, SpecSheet } from '../../src/shared/schema';
import { Mutation } from '../../src/shared/sync-protocol';
import { buildOrder, freshDb, newTestId } from './fixtures';

const buildSheet = (overrides: Partial<SpecSheet> = {}): SpecSheet => ({
  id: newTestId(),
  styleCode: 'MS-OX-2611',
  version: 1,
  unit: 'cm',
  sizes: ['M', 'L'],
  points: [
    {
      code: 'A01',
      name: { zh: '后中衣长', en: 'Body length (CB)' },
      critical: true,
      tolMinus: 1,
      tolPlus: 1,
      targets: { M: 78, L: 79.5 },
    },
    {
      code: 'A02',
      name: { zh: '1/2 胸围', en: '1/2 Chest' },
      critical: false,
      tolMinus: 0.5,
      tolPlus: 1,
      targets: { M: 56, L: 58.5 },
    },
  ],
  ...overrides,
});

const inchSheet = (): SpecSheet =>
  buildSheet({
    unit: 'inch',
    sizes: ['32'],
    points: [
      {
        code: 'D01',
        name: { zh: '1/2 腰围', en: '1/2 Waist' },
        critical: true,
        tolMinus: 0.5,
        tolPlus: 0.5,
        targets: { '32': 16 },
      },
    ],
  });

let db: QcDb;
let inspection: Inspection;
let sheet: SpecSheet;
let tick = 0;
/** A clock that moves 1 ms per call, so "newest" is well defined. */
const clock = { now: () => new Date(Date.UTC(2026, 10, 20, 8, 0, 0, (tick += 1))) };

const setUp = async (specSheet: SpecSheet) => {
  sheet = specSheet;
  const order = buildOrder({ specSheetId: sheet.id });
  await db.orders.put(order);
  await db.specSheets.put(sheet);
  inspection = await startInspection(db, {
    orderId: order.id,
    inspectorId: newTestId(),
    stage: 'final',
    lotSize: 1000,
    cartons: 40,
  });
};

const cell = (
  overrides: Partial<{ size: string; sampleNo: number; pomCode: string; value: number }> = {},
) => ({
  inspectionId: inspection.id,
  size: 'M',
  sampleNo: 1,
  pomCode: 'A01',
  value: 78.2,
  ...overrides,
});

const specOf = (pomCode: string, size: string) => {
  const pom = sheet.points.find((p) => p.code === pomCode)!;
  return pomSpec(pom, size, sheet.unit)!;
};

beforeEach(async () => {
  db = freshDb();
  await setUp(buildSheet());
});
afterEach(async () => {
  await db.delete();
});

describe('measurement writes', () => {
  it('a reading and its measurement.add outbox entry are written together', async () => {
    const reading = await addMeasurement(db, cell(), { clock });
    expect(await db.measurements.get(reading.id)).toEqual(reading);
    const entry = await db.outbox.get(2);
    expect(entry).toMatchObject({ seq: 2, name: 'measurement.add', args: reading });
    const { createdAt: _createdAt, ...wire } = entry!;
    expect(Mutation.parse(wire)).toEqual(wire);
  });

  it('a failure while queueing leaves neither the reading nor its outbox entry', async () => {
    const fail = () => {
      throw new Error('simulated crash before the outbox entry');
    };
    db.outbox.hook('creating', fail);
    await expect(addMeasurement(db, cell(), { clock })).rejects.toThrow('simulated crash');
    db.outbox.hook('creating').unsubscribe(fail);
    expect(await db.measurements.count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
  });

  it('re-entering a cell tombstones the old reading and adds the new one with consecutive seqs', async () => {
    const first = await addMeasurement(db, cell({ value: 78.2 }), { clock });
    const second = await addMeasurement(db, cell({ value: 77.9 }), { clock });
    const old = await db.measurements.get(first.id);
    expect(old?.deletedAt).not.toBeNull();
    const entries = await db.outbox.orderBy('seq').toArray();
    expect(entries.map((e) => [e.seq, e.name])).toEqual([
      [1, 'inspection.start'],
      [2, 'measurement.add'],
      [3, 'measurement.remove'],
      [4, 'measurement.add'],
    ]);
    expect(entries[2]?.args).toEqual({
      id: first.id,
      inspectionId: inspection.id,
      deletedAt: old?.deletedAt,
    });
    expect(entries[3]?.args).toEqual(second);
    expect(await currentReadings(db, inspection.id)).toEqual([second]);
  });

  it('the tombstone and the new reading commit in one transaction: a failure keeps the old reading current', async () => {
    const first = await addMeasurement(db, cell(), { clock });
    let calls = 0;
    const failSecond = () => {
      calls += 1;
      if (calls === 2) throw new Error('simulated crash between remove and add');
    };
    db.outbox.hook('creating', failSecond);
    await expect(addMeasurement(db, cell({ value: 80 }), { clock })).rejects.toThrow('simulated crash');
    db.outbox.hook('creating').unsubscribe(failSecond);
    expect((await db.measurements.get(first.id))?.deletedAt).toBeNull();
    expect(await db.measurements.count()).toBe(1);
    expect(await db.outbox.count()).toBe(2);
  });

  it('an inch fraction entry is stored as its decimal value', async () => {
    await setUp(inchSheet());
    const spec = specOf('D01', '32');
    const save = (sampleNo: number, text: string) =>
      saveEntry(db, {
        inspectionId: inspection.id,
        cell: { size: '32', sampleNo, pomIndex: 0 },
        spec,
        text,
        deviation: false,
      });
    expect(await save(1, '12 3/8')).toMatchObject({ ok: true, reading: { value: 12.375 } });
    expect(await save(2, '12-3/8')).toMatchObject({ ok: true, reading: { value: 12.375 } });
    expect(await save(3, '3/4')).toMatchObject({ ok: true, reading: { value: 0.75 } });
    expect(await save(4, '16.5')).toMatchObject({ ok: true, reading: { value: 16.5 } });
  });

  it('a deviation entry is stored as target plus deviation', async () => {
    const cm = await saveEntry(db, {
      inspectionId: inspection.id,
      cell: { size: 'L', sampleNo: 1, pomIndex: 0 },
      spec: specOf('A01', 'L'),
      text: '-0.5',
      deviation: true,
    });
    expect(cm).toMatchObject({ ok: true, reading: { value: 79, size: 'L', pomCode: 'A01' } });
    await setUp(inchSheet());
    const inch = await saveEntry(db, {
      inspectionId: inspection.id,
      cell: { size: '32', sampleNo: 1, pomIndex: 0 },
      spec: specOf('D01', '32'),
      text: '+1/4',
      deviation: true,
    });
    expect(inch).toMatchObject({ ok: true, reading: { value: 16.25 } });
  });

  it('an invalid entry writes nothing and comes back as a message key', async () => {
    const spec = specOf('A01', 'M');
    const attempt = (text: string, deviation = false) =>
      saveEntry(db, {
        inspectionId: inspection.id,
        cell: { size: 'M', sampleNo: 1, pomIndex: 0 },
        spec,
        text,
        deviation,
      });
    expect(await attempt('')).toEqual({ ok: false, error: 'measure.error.notNumber' });
    expect(await attempt('12 3/8')).toEqual({ ok: false, error: 'measure.error.notNumber' });
    expect(await attempt('7..5')).toEqual({ ok: false, error: 'measure.error.notNumber' });
    expect(await attempt('0')).toEqual({ ok: false, error: 'measure.error.notPositive' });
    expect(await attempt('-3')).toEqual({ ok: false, error: 'measure.error.notPositive' });
    expect(await attempt('-80', true)).toEqual({ ok: false, error: 'measure.error.notPositive' });
    expect(await attempt('99999')).toEqual({ ok: false, error: 'measure.error.tooLarge' });
    await expect(addMeasurement(db, cell({ value: 0 }))).rejects.toThrow();
    expect(await db.measurements.count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
  });

  it('a size or POM missing from the pinned spec sheet is refused', async () => {
    await expect(addMeasurement(db, cell({ size: 'XXL' }))).rejects.toBeInstanceOf(NotOnSpecSheetError);
    await expect(addMeasurement(db, cell({ pomCode: 'Z99' }))).rejects.toBeInstanceOf(NotOnSpecSheetError);
    expect(await db.measurements.count()).toBe(0);
  });

  it('a submitted inspection refuses new readings and removals', async () => {
    const reading = await addMeasurement(db, cell(), { clock });
    await db.inspections.update(inspection.id, { status: 'submitted' });
    await expect(addMeasurement(db, cell({ sampleNo: 2 }))).rejects.toBeInstanceOf(InspectionLockedError);
    await expect(removeMeasurement(db, reading.id)).rejects.toBeInstanceOf(InspectionLockedError);
    const viaKeypad = await saveEntry(db, {
      inspectionId: inspection.id,
      cell: { size: 'M', sampleNo: 3, pomIndex: 0 },
      spec: specOf('A01', 'M'),
      text: '78',
      deviation: false,
    });
    expect(viaKeypad).toEqual({ ok: false, error: 'error.inspection-locked' });
    expect(await db.measurements.count()).toBe(1);
    expect(await db.outbox.count()).toBe(2);
  });

  it('removing a reading tombstones it and queues measurement.remove; removing it again is a no-op', async () => {
    const reading = await addMeasurement(db, cell(), { clock });
    await removeMeasurement(db, reading.id, { clock });
    await removeMeasurement(db, reading.id, { clock });
    expect(await currentReadings(db, inspection.id)).toEqual([]);
    expect((await db.outbox.orderBy('seq').last())?.name).toBe('measurement.remove');
    expect(await db.outbox.count()).toBe(3);
  });
});

describe('measurement reads', () => {
  it('a window query returns only the current readings of its size and sample range', async () => {
    for (let sampleNo = 1; sampleNo <= 12; sampleNo += 1) {
      for (const size of ['M', 'L']) {
        await addMeasurement(db, cell({ size, sampleNo, value: size === 'M' ? 78 : 79.5 }), { clock });
      }
    }
    await addMeasurement(db, cell({ sampleNo: 6, value: 78.4 }), { clock });
    const window = await readingsInWindow(db, inspection.id, 'M', 5, 8);
    expect(window.map((r) => r.sampleNo).sort((a, b) => a - b)).toEqual([5, 6, 7, 8]);
    expect(window.every((r) => r.size === 'M')).toBe(true);
    expect(window.find((r) => r.sampleNo === 6)?.value).toBe(78.4);
  });

  it('the summary counts readings, out-of-tolerance readings and min/max deviation per POM over all sizes', async () => {
    await addMeasurement(db, cell({ value: 78.5 }), { clock });
    await addMeasurement(db, cell({ sampleNo: 2, value: 76.5 }), { clock });
    await addMeasurement(db, cell({ size: 'L', value: 81 }), { clock });
    await addMeasurement(db, cell({ pomCode: 'A02', value: 56 }), { clock });
    const summary = summarizeSheet(sheet, await currentReadings(db, inspection.id));
    expect(summary).toMatchObject({ measured: 4, out: 2 });
    expect(summary.rows).toEqual([
      { pomCode: 'A01', critical: true, measured: 3, out: 2, minDeviation: -1.5, maxDeviation: 1.5 },
      { pomCode: 'A02', critical: false, measured: 1, out: 0, minDeviation: 0, maxDeviation: 0 },
    ]);
  });
});

describe('measurement cursor', () => {
  const shape: GridShape = {
    sizes: ['M', 'L'],
    samples: 2,
    pomCount: 3,
    applicable: (size, pomIndex) => !(size === 'L' && pomIndex === 1),
  };

  it('advances to the next POM, then the next sample, then the next size, skipping ungraded cells', () => {
    expect(nextCursor({ size: 'M', sampleNo: 1, pomIndex: 0 }, shape)).toEqual({
      size: 'M',
      sampleNo: 1,
      pomIndex: 1,
    });
    expect(nextCursor({ size: 'M', sampleNo: 1, pomIndex: 2 }, shape)).toEqual({
      size: 'M',
      sampleNo: 2,
      pomIndex: 0,
    });
    expect(nextCursor({ size: 'M', sampleNo: 2, pomIndex: 2 }, shape)).toEqual({
      size: 'L',
      sampleNo: 1,
      pomIndex: 0,
    });
    expect(nextCursor({ size: 'L', sampleNo: 1, pomIndex: 0 }, shape)).toEqual({
      size: 'L',
      sampleNo: 1,
      pomIndex: 2,
    });
  });

  it('stops after the last cell', () => {
    expect(nextCursor({ size: 'L', sampleNo: 2, pomIndex: 2 }, shape)).toBeNull();
  });
});

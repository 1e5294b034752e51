/**
 * Measurement commands and reads. Owns two invariants:
 * - a reading belongs to the spec sheet its inspection pinned: the size and POM must exist there;
 * - a cell (size × sample × POM) has one current reading. Re-entering a cell tombstones the old
 *   reading and adds the new one in ONE transaction with consecutive seqs, so neither the phone
 *   nor the server ever holds a half-replaced cell.
 * The inspection's status is read inside the write transaction, so a submit that commits first
 * locks out a concurrent tap.
 */
import { z } from 'zod';
import { Id, Measurement, type Inspection, type SpecSheet } from '../../shared/schema';
import type { QcDb } from '../db';
import { newId as defaultNewId, type IdGenerator } from '../ids';
import { UnknownRecordError } from './defects';
import { InspectionLockedError, UnknownInspectionError } from './inspections';
import {
  commitManyWithOutbox,
  commitWithOutbox,
  systemClock,
  type PendingMutation,
  type WriteClock,
} from './outbox';

// Moved to outbox.ts beside commitWithOutbox; re-exported so existing imports keep working.
export { commitManyWithOutbox } from './outbox';

export const AddMeasurementInput = Measurement.pick({
  inspectionId: true,
  sampleNo: true,
  size: true,
  pomCode: true,
  value: true,
});
export type AddMeasurementInput = z.input<typeof AddMeasurementInput>;

export class NotOnSpecSheetError extends Error {
  constructor(readonly what: string) {
    super(`${what} is not on the spec sheet this inspection pinned`);
  }
}

interface Deps {
  clock?: WriteClock;
  newId?: IdGenerator;
}

/**
 * The lock rule of inspections.ts (assertEditable), plus the record itself: evidence is checked
 * against the catalogue versions it pinned. Call inside the write transaction (with
 * db.inspections in scope). Shared with checklist.ts.
 */
export const loadWritableInspection = async (db: QcDb, inspectionId: string): Promise<Inspection> => {
  const inspection = await db.inspections.get(inspectionId);
  if (!inspection) throw new UnknownInspectionError(inspectionId);
  if (inspection.status === 'submitted') throw new InspectionLockedError(inspectionId);
  return inspection;
};

const assertOnSheet = (sheet: SpecSheet | undefined, input: { size: string; pomCode: string }) => {
  if (!sheet) throw new NotOnSpecSheetError('spec sheet');
  const pom = sheet.points.find((p) => p.code === input.pomCode);
  if (!pom) throw new NotOnSpecSheetError(`POM ${input.pomCode}`);
  if (!sheet.sizes.includes(input.size) || pom.targets[input.size] === undefined) {
    throw new NotOnSpecSheetError(`size ${input.size}`);
  }
};

const liveInCell = (db: QcDb, cell: Omit<AddMeasurementInput, 'value'>) =>
  db.measurements
    .where('[inspectionId+sampleNo]')
    .equals([cell.inspectionId, cell.sampleNo])
    .filter((m) => m.deletedAt === null && m.size === cell.size && m.pomCode === cell.pomCode)
    .toArray();

/** Records a reading; if the cell already has one, that one is tombstoned in the same transaction. */
export const addMeasurement = async (
  db: QcDb,
  input: AddMeasurementInput,
  deps: Deps = {},
): Promise<Measurement> => {
  const { clock = systemClock, newId = defaultNewId } = deps;
  const valid = AddMeasurementInput.parse(input);
  const now = clock.now().toISOString();
  const reading = Measurement.parse({ id: newId(), ...valid, createdAt: now, deletedAt: null });
  const add: PendingMutation = { name: 'measurement.add', args: reading };
  const tables = [db.inspections, db.specSheets, db.measurements, db.outbox, db.meta];
  return db.transaction('rw', tables, async () => {
    const inspection = await loadWritableInspection(db, valid.inspectionId);
    assertOnSheet(await db.specSheets.get(inspection.specSheetId), valid);
    const previous = await liveInCell(db, valid);
    if (previous.length === 0) {
      await commitWithOutbox(db, db.measurements, reading, add, clock);
      return reading;
    }
    const removals = previous.map((old) => ({
      record: { ...old, deletedAt: now },
      mutation: {
        name: 'measurement.remove',
        args: { id: old.id, inspectionId: old.inspectionId, deletedAt: now },
      } satisfies PendingMutation,
    }));
    await commitManyWithOutbox(db, db.measurements, [...removals, { record: reading, mutation: add }], clock);
    return reading;
  });
};

/** Clears a cell: tombstones the reading. Removing an already removed reading is a no-op. */
export const removeMeasurement = async (db: QcDb, id: string, deps: Deps = {}): Promise<void> => {
  const { clock = systemClock } = deps;
  const readingId = Id.parse(id);
  await db.transaction('rw', [db.inspections, db.measurements, db.outbox, db.meta], async () => {
    const current = await db.measurements.get(readingId);
    if (!current) throw new UnknownRecordError(readingId);
    await loadWritableInspection(db, current.inspectionId);
    if (current.deletedAt) return;
    const deletedAt = clock.now().toISOString();
    const args = { id: readingId, inspectionId: current.inspectionId, deletedAt };
    await commitWithOutbox(
      db,
      db.measurements,
      { ...current, deletedAt },
      { name: 'measurement.remove', args },
      clock,
    );
  });
};

/** Latest live reading per cell. Two devices of one inspector can each add one; the newest wins. */
export const latestPerCell = (readings: readonly Measurement[]): Measurement[] => {
  const cells = new Map<string, Measurement>();
  for (const r of readings) {
    if (r.deletedAt !== null) continue;
    const key = `${r.size}\u0000${r.sampleNo}\u0000${r.pomCode}`;
    const seen = cells.get(key);
    if (!seen || r.createdAt > seen.createdAt || (r.createdAt === seen.createdAt && r.id > seen.id)) {
      cells.set(key, r);
    }
  }
  return [...cells.values()];
};

/** Current readings of a whole inspection. */
export const currentReadings = async (db: QcDb, inspectionId: string): Promise<Measurement[]> =>
  latestPerCell(await db.measurements.where('inspectionId').equals(inspectionId).toArray());

/** Current readings of samples from..to (inclusive) of one size: an index range, not a table scan. */
export const readingsInWindow = async (
  db: QcDb,
  inspectionId: string,
  size: string,
  from: number,
  to: number,
): Promise<Measurement[]> =>
  latestPerCell(
    await db.measurements
      .where('[inspectionId+sampleNo]')
      .between([inspectionId, from], [inspectionId, to], true, true)
      .filter((m) => m.size === size)
      .toArray(),
  );

/** The highest sample number holding a live reading (0 if none), read from the top of the index. */
export const highestSampleNo = async (db: QcDb, inspectionId: string): Promise<number> => {
  const top = await db.measurements
    .where('[inspectionId+sampleNo]')
    .between([inspectionId, 0], [inspectionId, Infinity])
    .reverse()
    .filter((m) => m.deletedAt === null)
    .first();
  return top?.sampleNo ?? 0;
};

/**
 * Defect commands: append-only evidence; removal is a tombstone, never a delete. Both refuse
 * (InspectionLockedError) once the inspection is submitted.
 */
import { z } from 'zod';
import { Defect, Id } from '../../shared/schema';
import type { QcDb } from '../db';
import { newId as defaultNewId, type IdGenerator } from '../ids';
import { assertEditable } from './inspections';
import { commitWithOutbox, systemClock, type WriteClock } from './outbox';

export const AddDefectInput = Defect.pick({
  inspectionId: true,
  code: true,
  severity: true,
}).extend({
  quantity: Defect.shape.quantity.default(1),
});
export type AddDefectInput = z.input<typeof AddDefectInput>;

export class UnknownRecordError extends Error {
  constructor(readonly id: string) {
    super(`record ${id} is not on this device`);
  }
}

interface Deps {
  clock?: WriteClock;
  newId?: IdGenerator;
}

export const addDefect = async (db: QcDb, input: AddDefectInput, deps: Deps = {}): Promise<Defect> => {
  const { clock = systemClock, newId = defaultNewId } = deps;
  const valid = AddDefectInput.parse(input);
  const defect = Defect.parse({
    id: newId(),
    ...valid,
    sampleNo: null,
    colour: null,
    size: null,
    carton: null,
    location: null,
    note: null,
    createdAt: clock.now().toISOString(),
    deletedAt: null,
  });
  await db.transaction('rw', [db.defects, db.inspections, db.outbox, db.meta], async () => {
    await assertEditable(db, defect.inspectionId);
    await commitWithOutbox(db, db.defects, defect, { name: 'defect.add', args: defect }, clock);
  });
  return defect;
};

/** Tombstones a defect. Removing an already removed defect is a no-op (a double tap). */
export const removeDefect = async (db: QcDb, id: string, deps: Deps = {}): Promise<void> => {
  const { clock = systemClock } = deps;
  const defectId = Id.parse(id);
  const current = await db.defects.get(defectId);
  if (!current) throw new UnknownRecordError(defectId);
  if (current.deletedAt) return;
  const deletedAt = clock.now().toISOString();
  const tombstoned = Defect.parse({ ...current, deletedAt });
  await db.transaction('rw', [db.defects, db.inspections, db.outbox, db.meta], async () => {
    await assertEditable(db, current.inspectionId);
    await commitWithOutbox(
      db,
      db.defects,
      tombstoned,
      { name: 'defect.remove', args: { id: defectId, inspectionId: current.inspectionId, deletedAt } },
      clock,
    );
  });
};

/**
 * Fabric-roll commands (4-point inspection) and their reads. Owns three invariants:
 * - every roll and every defect tap is ONE transaction with its outbox entry;
 * - a defect belongs to a live roll of the SAME inspection, and lies within the roll's length
 *   (the scorer refuses a defect beyond the roll end, so such a record would break the screen);
 * - nothing changes once the inspection is submitted (assertEditable, inside the transaction).
 * Removal is a tombstone, never a delete.
 */
import { z } from 'zod';
import { FabricDefect, FabricRoll, Id } from '../../shared/schema';
import type { QcDb } from '../db';
import { newId as defaultNewId, type IdGenerator } from '../ids';
import { UnknownRecordError } from './defects';
import { assertEditable } from './inspections';
import { commitWithOutbox, systemClock, type WriteClock } from './outbox';

interface Deps {
  clock?: WriteClock;
  newId?: IdGenerator;
}

export const AddRollInput = FabricRoll.pick({
  inspectionId: true,
  rollNo: true,
  length: true,
  lengthUnit: true,
  cuttableWidth: true,
  widthUnit: true,
});
export type AddRollInput = z.input<typeof AddRollInput>;

export const AddFabricDefectInput = FabricDefect.pick({
  inspectionId: true,
  rollId: true,
  kind: true,
  size: true,
  unit: true,
  atYard: true,
  fullWidth: true,
}).extend({ code: FabricDefect.shape.code.default(null) });
export type AddFabricDefectInput = z.input<typeof AddFabricDefectInput>;

export class UnknownRollError extends Error {
  constructor(readonly rollId: string) {
    super(`roll ${rollId} is not a live roll of this inspection`);
  }
}

export class BeyondRollEndError extends Error {
  constructor(readonly atYard: number) {
    super(`position ${atYard} yd lies beyond the end of the roll`);
  }
}

const YARDS_PER_METRE = 1 / 0.9144;

/** Roll length in yards: defect positions are always stored in yards (the 4-point unit). */
export const rollYards = (roll: Pick<FabricRoll, 'length' | 'lengthUnit'>): number =>
  roll.lengthUnit === 'm' ? roll.length * YARDS_PER_METRE : roll.length;

export const addFabricRoll = async (db: QcDb, input: AddRollInput, deps: Deps = {}): Promise<FabricRoll> => {
  const { clock = systemClock, newId = defaultNewId } = deps;
  const valid = AddRollInput.parse(input);
  const roll = FabricRoll.parse({
    id: newId(),
    ...valid,
    createdAt: clock.now().toISOString(),
    deletedAt: null,
  });
  await db.transaction('rw', [db.fabricRolls, db.inspections, db.outbox, db.meta], async () => {
    await assertEditable(db, roll.inspectionId);
    await commitWithOutbox(db, db.fabricRolls, roll, { name: 'fabric_roll.add', args: roll }, clock);
  });
  return roll;
};

export const addFabricDefect = async (
  db: QcDb,
  input: AddFabricDefectInput,
  deps: Deps = {},
): Promise<FabricDefect> => {
  const { clock = systemClock, newId = defaultNewId } = deps;
  const valid = AddFabricDefectInput.parse(input);
  const record = FabricDefect.parse({
    id: newId(),
    ...valid,
    createdAt: clock.now().toISOString(),
    deletedAt: null,
  });
  const tables = [db.fabricDefects, db.fabricRolls, db.inspections, db.outbox, db.meta];
  await db.transaction('rw', tables, async () => {
    await assertEditable(db, record.inspectionId);
    const roll = await db.fabricRolls.get(record.rollId);
    if (!roll || roll.inspectionId !== record.inspectionId || roll.deletedAt !== null) {
      throw new UnknownRollError(record.rollId);
    }
    // Same 1e-9 slack as the scorer, so a converted "end of roll" position is still accepted.
    if (record.atYard > rollYards(roll) + 1e-9) throw new BeyondRollEndError(record.atYard);
    await commitWithOutbox(db, db.fabricDefects, record, { name: 'fabric_defect.add', args: record }, clock);
  });
  return record;
};

/** Tombstones a fabric defect; a second remove (double tap) is a no-op. */
export const removeFabricDefect = async (db: QcDb, id: string, deps: Deps = {}): Promise<void> => {
  const { clock = systemClock } = deps;
  const defectId = Id.parse(id);
  await db.transaction('rw', [db.fabricDefects, db.inspections, db.outbox, db.meta], async () => {
    const current = await db.fabricDefects.get(defectId);
    if (!current) throw new UnknownRecordError(defectId);
    await assertEditable(db, current.inspectionId);
    if (current.deletedAt) return;
    const deletedAt = clock.now().toISOString();
    const args = { id: defectId, inspectionId: current.inspectionId, deletedAt };
    await commitWithOutbox(
      db,
      db.fabricDefects,
      { ...current, deletedAt },
      { name: 'fabric_defect.remove', args },
      clock,
    );
  });
};

/** Tombstones a roll; its defects stay as they are but no longer count (their roll is gone). */
export const removeFabricRoll = async (db: QcDb, id: string, deps: Deps = {}): Promise<void> => {
  const { clock = systemClock } = deps;
  const rollId = Id.parse(id);
  await db.transaction('rw', [db.fabricRolls, db.inspections, db.outbox, db.meta], async () => {
    const current = await db.fabricRolls.get(rollId);
    if (!current) throw new UnknownRecordError(rollId);
    await assertEditable(db, current.inspectionId);
    if (current.deletedAt) return;
    const deletedAt = clock.now().toISOString();
    const args = { id: rollId, inspectionId: current.inspectionId, deletedAt };
    await commitWithOutbox(
      db,
      db.fabricRolls,
      { ...current, deletedAt },
      { name: 'fabric_roll.remove', args },
      clock,
    );
  });
};

export interface RollWithDefects {
  roll: FabricRoll;
  /** Live defects of the roll, oldest first. */
  defects: FabricDefect[];
}

const byCreation = <T extends { createdAt: string; id: string }>(a: T, b: T) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** Live rolls of an inspection (oldest first), each with its live defects. */
export const liveRollsWithDefects = async (db: QcDb, inspectionId: string): Promise<RollWithDefects[]> => {
  const [rolls, defects] = await Promise.all([
    db.fabricRolls.where('inspectionId').equals(inspectionId).toArray(),
    db.fabricDefects.where('inspectionId').equals(inspectionId).toArray(),
  ]);
  const live = defects.filter((d) => d.deletedAt === null).sort(byCreation);
  return rolls
    .filter((r) => r.deletedAt === null)
    .sort(byCreation)
    .map((roll) => ({ roll, defects: live.filter((d) => d.rollId === roll.id) }));
};

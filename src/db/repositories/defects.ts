/**
 * Defect commands: append-only evidence; removal is a tombstone, never a delete, and an edit is
 * a tombstone of the old record plus a new record in ONE transaction (replaceDefect). Every
 * command refuses (InspectionLockedError) once the inspection is submitted, checked inside its
 * write transaction.
 */
import { z } from 'zod';
import { Defect, Id, Photo } from '../../shared/schema';
import type { QcDb } from '../db';
import { newId as defaultNewId, type IdGenerator } from '../ids';
import { assertEditable } from './inspections';
import {
  commitManyWithOutbox,
  commitWithOutbox,
  systemClock,
  type PendingMutation,
  type WriteClock,
} from './outbox';

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
  await db.transaction('rw', [db.defects, db.inspections, db.outbox, db.meta], async () => {
    // Read inside the transaction: an edit committing first must turn this into a no-op.
    const current = await db.defects.get(defectId);
    if (!current) throw new UnknownRecordError(defectId);
    await assertEditable(db, current.inspectionId);
    if (current.deletedAt) return;
    const deletedAt = clock.now().toISOString();
    const tombstoned = Defect.parse({ ...current, deletedAt });
    await commitWithOutbox(
      db,
      db.defects,
      tombstoned,
      { name: 'defect.remove', args: { id: defectId, inspectionId: current.inspectionId, deletedAt } },
      clock,
    );
  });
};

/** What the detail sheet may change; everything else (code, inspection) stays with the record. */
export const DefectChanges = Defect.pick({
  quantity: true,
  severity: true,
  sampleNo: true,
  colour: true,
  size: true,
  carton: true,
  location: true,
  note: true,
}).partial();
export type DefectChanges = z.input<typeof DefectChanges>;

/** The defect was removed or already replaced (by this or another device) since it was opened. */
export class DefectGoneError extends Error {
  constructor(readonly id: string) {
    super(`defect ${id} was removed or replaced`);
  }
}

const sameFields = (a: Defect, b: Defect) =>
  (Object.keys(DefectChanges.shape) as (keyof DefectChanges)[]).every((key) => a[key] === b[key]);

/**
 * Edits a defect without rewriting evidence: tombstones the old record and adds a new one (new
 * id, same fields plus the changes), and copies the old record's live photos to the new id as
 * new `photo.add` records with the same SHA-256 (the bytes are stored once, nothing is
 * re-uploaded). All in ONE transaction with consecutive seqs. Invalid changes throw (ZodError)
 * before anything is written; an unchanged edit writes nothing and returns the record as is.
 */
export const replaceDefect = async (
  db: QcDb,
  id: string,
  changes: DefectChanges,
  deps: Deps = {},
): Promise<Defect> => {
  const { clock = systemClock, newId = defaultNewId } = deps;
  const defectId = Id.parse(id);
  const valid = DefectChanges.parse(changes);
  const tables = [db.defects, db.photos, db.inspections, db.outbox, db.meta];
  return db.transaction('rw', tables, async () => {
    const current = await db.defects.get(defectId);
    if (!current) throw new UnknownRecordError(defectId);
    await assertEditable(db, current.inspectionId);
    if (current.deletedAt) throw new DefectGoneError(defectId);
    const now = clock.now().toISOString();
    const next = Defect.parse({ ...current, ...valid, id: newId(), createdAt: now, deletedAt: null });
    if (sameFields(current, next)) return current;
    const removal: PendingMutation = {
      name: 'defect.remove',
      args: { id: defectId, inspectionId: current.inspectionId, deletedAt: now },
    };
    await commitManyWithOutbox(
      db,
      db.defects,
      [
        { record: { ...current, deletedAt: now }, mutation: removal },
        { record: next, mutation: { name: 'defect.add', args: next } },
      ],
      clock,
    );
    const photos = await db.photos
      .where('inspectionId')
      .equals(current.inspectionId)
      .filter((p) => p.deletedAt === null && p.target.kind === 'defect' && p.target.id === defectId)
      .sortBy('createdAt');
    // An annotated copy keeps pointing at its original: at the original's copy when there is one.
    const newIds = new Map(photos.map((photo) => [photo.id, newId()]));
    const copies = photos.map((photo) => {
      const copy = Photo.parse({
        ...photo,
        id: newIds.get(photo.id),
        target: { kind: 'defect', id: next.id },
        annotationOf:
          photo.annotationOf === null ? null : (newIds.get(photo.annotationOf) ?? photo.annotationOf),
        createdAt: now,
      });
      return { record: copy, mutation: { name: 'photo.add', args: copy } satisfies PendingMutation };
    });
    if (copies.length > 0) await commitManyWithOutbox(db, db.photos, copies, clock);
    return next;
  });
};

/**
 * How often each defect code was recorded by one inspector on this phone (live records), to put
 * the most-used entries first. The given inspection is left out so the grid does not reorder
 * under the inspector's thumb while they count.
 */
export const defectUsage = async (
  db: QcDb,
  inspectorId: string,
  exceptInspectionId: string,
): Promise<Map<string, number>> => {
  const ids = await db.inspections
    .filter((i) => i.inspectorId === inspectorId && i.id !== exceptInspectionId)
    .primaryKeys();
  const usage = new Map<string, number>();
  if (ids.length === 0) return usage;
  await db.defects
    .where('inspectionId')
    .anyOf(ids)
    .each((d) => {
      if (d.deletedAt === null) usage.set(d.code, (usage.get(d.code) ?? 0) + 1);
    });
  return usage;
};

/**
 * Closing commands: the rectification list (整改意见), signatures and submit. Each is ONE
 * transaction with its outbox entry, and each checks the lock inside that transaction: once
 * an inspection is submitted nothing about it changes on this phone.
 */
import { z } from 'zod';
import { Id, Rectification, Signature } from '../../shared/schema';
import type { QcDb } from '../db';
import { newId as defaultNewId, type IdGenerator } from '../ids';
import { assertEditable, InspectionLockedError, tickLocalHlc, UnknownInspectionError } from './inspections';
import { commitWithOutbox, systemClock, type WriteClock } from './outbox';

interface Deps {
  clock?: WriteClock;
  newId?: IdGenerator;
}

export class UnknownRectificationError extends Error {
  constructor(readonly id: string) {
    super(`rectification ${id} is not on this device`);
  }
}

export const AddRectificationInput = Rectification.pick({
  inspectionId: true,
  text: true,
  owner: true,
  dueDate: true,
});
export type AddRectificationInput = z.input<typeof AddRectificationInput>;

export const addRectification = async (
  db: QcDb,
  input: AddRectificationInput,
  deps: Deps = {},
): Promise<Rectification> => {
  const { clock = systemClock, newId = defaultNewId } = deps;
  const valid = AddRectificationInput.parse(input);
  const record = Rectification.parse({
    id: newId(),
    ...valid,
    createdAt: clock.now().toISOString(),
    deletedAt: null,
  });
  await db.transaction('rw', [db.rectifications, db.inspections, db.outbox, db.meta], async () => {
    await assertEditable(db, record.inspectionId);
    await commitWithOutbox(db, db.rectifications, record, { name: 'rectification.add', args: record }, clock);
  });
  return record;
};

/** Tombstones a rectification line; a second remove (double tap) is a no-op. */
export const removeRectification = async (db: QcDb, id: string, deps: Deps = {}): Promise<void> => {
  const { clock = systemClock } = deps;
  const rectificationId = Id.parse(id);
  await db.transaction('rw', [db.rectifications, db.inspections, db.outbox, db.meta], async () => {
    const current = await db.rectifications.get(rectificationId);
    if (!current) throw new UnknownRectificationError(rectificationId);
    await assertEditable(db, current.inspectionId);
    if (current.deletedAt) return;
    const deletedAt = clock.now().toISOString();
    await commitWithOutbox(
      db,
      db.rectifications,
      Rectification.parse({ ...current, deletedAt }),
      {
        name: 'rectification.remove',
        args: { id: rectificationId, inspectionId: current.inspectionId, deletedAt },
      },
      clock,
    );
  });
};

/**
 * What the signature pad produces: absolute moves and lines on integer coordinates. Stricter
 * than the wire schema on purpose, so a pad bug (NaN, floats, stray commands) never reaches
 * the factory's copy of the report.
 */
export const PadPath = z.string().regex(/^M ?-?\d+ -?\d+( [ML] ?-?\d+ -?\d+)*$/, 'pad path: M x y L x y …');

export const AddSignatureInput = Signature.pick({
  inspectionId: true,
  role: true,
  name: true,
  width: true,
  height: true,
}).extend({ path: PadPath.pipe(Signature.shape.path) });
export type AddSignatureInput = z.input<typeof AddSignatureInput>;

/** Appends a signature; signing again replaces the earlier one for that role (latest wins). */
export const addSignature = async (
  db: QcDb,
  input: AddSignatureInput,
  deps: Deps = {},
): Promise<Signature> => {
  const { clock = systemClock, newId = defaultNewId } = deps;
  const valid = AddSignatureInput.parse(input);
  const record = Signature.parse({ id: newId(), ...valid, signedAt: clock.now().toISOString() });
  await db.transaction('rw', [db.signatures, db.inspections, db.outbox, db.meta], async () => {
    await assertEditable(db, record.inspectionId);
    await commitWithOutbox(db, db.signatures, record, { name: 'signature.add', args: record }, clock);
  });
  return record;
};

export type SubmitBlocker =
  'recommendation' | 'recommendation-reason' | 'signature-inspector' | 'signature-factory';

export class SubmitNotReadyError extends Error {
  constructor(readonly missing: SubmitBlocker[]) {
    super(`cannot submit yet: ${missing.join(', ')}`);
  }
}

/**
 * Submits and locks the inspection. `computed` is the verdict the screen shows; when given,
 * a recommendation that differs from it must carry a reason (the server re-judges anyway).
 */
export const submitInspection = async (
  db: QcDb,
  id: string,
  deps: { clock?: WriteClock; computed?: 'pass' | 'fail' | 'pending' } = {},
): Promise<string> => {
  const { clock = systemClock, computed } = deps;
  const inspectionId = Id.parse(id);
  return db.transaction('rw', [db.inspections, db.signatures, db.outbox, db.meta], async () => {
    const current = await db.inspections.get(inspectionId);
    if (!current) throw new UnknownInspectionError(inspectionId);
    if (current.status === 'submitted') throw new InspectionLockedError(inspectionId);
    const roles = new Set(
      (await db.signatures.where('inspectionId').equals(inspectionId).toArray()).map((s) => s.role),
    );
    const missing: SubmitBlocker[] = [];
    if (!current.recommendation) missing.push('recommendation');
    else if (computed && current.recommendation !== computed && !current.recommendationReason?.trim()) {
      missing.push('recommendation-reason');
    }
    if (!roles.has('inspector')) missing.push('signature-inspector');
    if (!roles.has('factory')) missing.push('signature-factory');
    if (missing.length > 0) throw new SubmitNotReadyError(missing);

    const submittedAt = clock.now().toISOString();
    const hlc = await tickLocalHlc(db, clock);
    await commitWithOutbox(
      db,
      db.inspections,
      { ...current, status: 'submitted' as const, submittedAt },
      { name: 'inspection.submit', args: { id: inspectionId, submittedAt, hlc } },
      clock,
    );
    return submittedAt;
  });
};

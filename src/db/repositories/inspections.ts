/**
 * Inspection commands. Validation happens before the transaction; the write goes through
 * commitWithOutbox. Owns the lock rule: nothing about a submitted inspection may change on
 * this phone (assertEditable, checked inside every write transaction that touches it).
 */
import { z } from 'zod';
import { Id, Inspection, InspectionPatch, Stage, type AqlPreset } from '../../shared/schema';
import type { QcDb } from '../db';
import { newId as defaultNewId, type IdGenerator } from '../ids';
import { decodeHlc, encodeHlc, isHlc, tickHlc } from '../../shared/hlc';
import { getClientId } from '../meta';
import { commitWithOutbox, systemClock, type WriteClock } from './outbox';

export const StartInspectionInput = z.object({
  orderId: Id,
  inspectorId: Id,
  stage: Stage,
  lotSize: z.number().int().min(2),
  cartons: z.number().int().nonnegative(),
  /** The failed inspection a re-inspection re-checks; which ones qualify is the start form's rule. */
  reinspectionOf: Id.nullable().optional(),
});
export type StartInspectionInput = z.infer<typeof StartInspectionInput>;

export class UnknownOrderError extends Error {
  constructor(readonly orderId: string) {
    super(`order ${orderId} is not on this device`);
  }
}

/**
 * Starts an inspection on a locally pulled order, pinning the order version, spec sheet,
 * checklist, defect library and AQL preset it will be judged against.
 */
export const startInspection = async (
  db: QcDb,
  input: StartInspectionInput,
  deps: { clock?: WriteClock; newId?: IdGenerator } = {},
): Promise<Inspection> => {
  const { clock = systemClock, newId = defaultNewId } = deps;
  const valid = StartInspectionInput.parse(input);
  const order = await db.orders.get(valid.orderId);
  if (!order) throw new UnknownOrderError(valid.orderId);
  const inspection = Inspection.parse({
    id: newId(),
    orderId: order.id,
    factoryId: order.factoryId,
    inspectorId: valid.inspectorId,
    stage: valid.stage,
    status: 'in_progress',
    startedAt: clock.now().toISOString(),
    submittedAt: null,
    lotSize: valid.lotSize,
    cartons: valid.cartons,
    aql: order.aqlPreset,
    orderVersion: order.version,
    specSheetId: order.specSheetId,
    checklistId: order.checklistId,
    defectLibraryId: order.defectLibraryId,
    reinspectionOf: valid.reinspectionOf ?? null,
    recommendation: null,
    recommendationReason: null,
    planOverrideReason: null,
  });
  await commitWithOutbox(
    db,
    db.inspections,
    inspection,
    { name: 'inspection.start', args: inspection },
    clock,
  );
  return inspection;
};

/** Meta key of the device's last hybrid logical clock value (see tickLocalHlc). */
export const LAST_HLC_KEY = 'lastHlc';

/**
 * Next HLC of this device. Kept in `meta` so it survives reloads and never runs backwards even
 * when the phone's wall clock does. Call only inside the caller's rw transaction over `meta`:
 * two concurrent writes then cannot read the same "last" value, so every HLC is strictly greater
 * than the one before. The node is the installation id, so two phones of one user still order.
 */
export const tickLocalHlc = async (db: QcDb, clock: WriteClock): Promise<string> => {
  const node = await getClientId(db);
  const row = await db.meta.get(LAST_HLC_KEY);
  const last = typeof row?.value === 'string' && isHlc(row.value) ? decodeHlc(row.value) : null;
  const next = encodeHlc(tickHlc(last, clock.now().getTime(), node));
  await db.meta.put({ key: LAST_HLC_KEY, value: next });
  return next;
};

export class UnknownInspectionError extends Error {
  constructor(readonly inspectionId: string) {
    super(`inspection ${inspectionId} is not on this device`);
  }
}

export class InspectionLockedError extends Error {
  constructor(readonly inspectionId: string) {
    super(`inspection ${inspectionId} is submitted and locked`);
  }
}

export class PlanReasonRequiredError extends Error {
  constructor() {
    super('a sampling plan that differs from the order preset needs a reason');
  }
}

/**
 * Throws if the inspection is submitted. Call it INSIDE the write transaction (with
 * db.inspections in its scope) so a submit that commits first cannot be slipped past.
 * An inspection that is not on this phone is not judged here: evidence of it may still arrive.
 */
export const assertEditable = async (db: QcDb, inspectionId: string): Promise<void> => {
  const current = await db.inspections.get(inspectionId);
  if (current?.status === 'submitted') throw new InspectionLockedError(inspectionId);
};

const sameAql = (a: AqlPreset, b: AqlPreset): boolean =>
  a.level === b.level && a.critical === b.critical && a.major === b.major && a.minor === b.minor;

/** An override of the order's preset must say why; without the order (not pulled) every plan needs one. */
export const planNeedsReason = (aql: AqlPreset, preset: AqlPreset | null): boolean =>
  preset === null || !sameAql(aql, preset);

/**
 * Applies a header patch locally and queues it as `inspection.update` with a fresh HLC, all in
 * one transaction. The server merges headers per field by that HLC.
 */
export const updateInspection = async (
  db: QcDb,
  id: string,
  patch: InspectionPatch,
  deps: { clock?: WriteClock } = {},
): Promise<Inspection> => {
  const { clock = systemClock } = deps;
  const inspectionId = Id.parse(id);
  const valid = InspectionPatch.parse(patch);
  return db.transaction('rw', [db.inspections, db.orders, db.outbox, db.meta], async () => {
    const current = await db.inspections.get(inspectionId);
    if (!current) throw new UnknownInspectionError(inspectionId);
    if (current.status === 'submitted') throw new InspectionLockedError(inspectionId);
    const next = Inspection.parse({ ...current, ...valid });
    const order = await db.orders.get(current.orderId);
    if (planNeedsReason(next.aql, order?.aqlPreset ?? null) && !next.planOverrideReason?.trim()) {
      throw new PlanReasonRequiredError();
    }
    const hlc = await tickLocalHlc(db, clock);
    await commitWithOutbox(
      db,
      db.inspections,
      next,
      { name: 'inspection.update', args: { id: inspectionId, patch: valid, hlc } },
      clock,
    );
    return next;
  });
};

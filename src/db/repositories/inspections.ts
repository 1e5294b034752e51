/** Inspection commands. Validation happens before the transaction; the write goes through commitWithOutbox. */
import { z } from 'zod';
import { Id, Inspection, Stage } from '../../shared/schema';
import type { QcDb } from '../db';
import { newId as defaultNewId, type IdGenerator } from '../ids';
import { commitWithOutbox, systemClock, type WriteClock } from './outbox';

export const StartInspectionInput = z.object({
  orderId: Id,
  inspectorId: Id,
  stage: Stage,
  lotSize: z.number().int().min(2),
  cartons: z.number().int().nonnegative(),
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
    reinspectionOf: null,
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

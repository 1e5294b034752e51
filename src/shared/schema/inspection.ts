import { z } from 'zod';
import { Id, IsoDateTime, Stage } from './common';
import { AqlPreset } from './order';

export const InspectionStatus = z.enum(['in_progress', 'submitted']);
export const Recommendation = z.enum(['pass', 'fail', 'pending']);

/**
 * The inspection header. Owned by its inspector; the versions it pins (spec sheet,
 * checklist, defect library, order) are fixed when it starts so later office edits
 * never change what the evidence was judged against.
 */
export const Inspection = z.object({
  id: Id,
  orderId: Id,
  factoryId: Id,
  inspectorId: Id,
  stage: Stage,
  status: InspectionStatus,
  startedAt: IsoDateTime,
  submittedAt: IsoDateTime.nullable(),
  lotSize: z.number().int().min(2),
  cartons: z.number().int().nonnegative(),
  aql: AqlPreset,
  orderVersion: z.number().int().positive(),
  specSheetId: Id,
  checklistId: Id,
  defectLibraryId: Id,
  reinspectionOf: Id.nullable(),
  recommendation: Recommendation.nullable(),
  recommendationReason: z.string().max(2000).nullable(),
  /** Why the sampling plan differs from the order's AQL preset; required when it does. */
  planOverrideReason: z.string().max(2000).nullable(),
});
export type Inspection = z.infer<typeof Inspection>;

/**
 * Header fields an inspector may change after start. Merged on the server per field by
 * hybrid logical clock, so the same user on two devices never loses a whole header.
 */
export const InspectionPatch = Inspection.pick({
  stage: true,
  lotSize: true,
  cartons: true,
  aql: true,
  planOverrideReason: true,
  recommendation: true,
  recommendationReason: true,
})
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'empty patch');
export type InspectionPatch = z.infer<typeof InspectionPatch>;

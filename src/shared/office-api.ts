import { z } from 'zod';
import { Assignment } from './schema/assignment';
import { Bilingual, Id, IsoDate, Stage } from './schema/common';
import { Decision, DecisionKind } from './schema/decision';
import { Inspection } from './schema/inspection';

/**
 * Request and response bodies of the office review API (docs/contract-notes.md). Both the
 * server (validating what it sends) and the office UI (parsing what it receives) use these.
 */
export const ComputedResult = z.enum(['pass', 'fail', 'pending']);
export type ComputedResult = z.infer<typeof ComputedResult>;

/** Flags the office must see (SYNC.md): stored on the server, pulled to phones too. */
export const InspectionFlag = z.enum([
  'stale_base',
  'late_after_approval',
  'measurement_disagreement',
  'needs_triage',
]);
export type InspectionFlag = z.infer<typeof InspectionFlag>;

export const QueueQuery = z.object({
  factoryId: Id.optional(),
  customer: z.string().max(80).optional(),
  orderId: Id.optional(),
  stage: Stage.optional(),
  result: ComputedResult.optional(),
  /** 'none' = not decided yet. */
  decision: z.union([DecisionKind, z.literal('none')]).optional(),
  inspectorId: Id.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  cursor: z.coerce.number().int().nonnegative().optional(),
  limit: z.coerce.number().int().positive().max(200).default(50),
});
export type QueueQuery = z.infer<typeof QueueQuery>;

const Counts = z.object({ critical: z.number(), major: z.number(), minor: z.number(), total: z.number() });

export const QueueItem = z.object({
  inspection: Inspection,
  order: z.object({
    id: Id,
    po: z.string(),
    customer: z.string(),
    styleCode: z.string(),
    styleName: Bilingual,
    exFactoryDate: IsoDate,
  }),
  factory: z.object({ id: Id, code: z.string(), name: Bilingual }),
  inspector: z.object({ id: Id, displayName: z.string() }),
  defectCounts: Counts,
  photos: z.object({ present: z.number(), total: z.number() }),
  computedResult: ComputedResult,
  latestDecision: Decision.nullable(),
  flags: z.array(InspectionFlag),
});
export type QueueItem = z.infer<typeof QueueItem>;

/** Failed first, then nearest ex-factory date, then newest; `nextCursor` is an offset. */
export const QueueResponse = z.object({ items: z.array(QueueItem), nextCursor: z.number().int().nullable() });
export type QueueResponse = z.infer<typeof QueueResponse>;

export const DecideRequest = z.object({ decision: DecisionKind, comment: z.string().trim().max(4000) });
export type DecideRequest = z.infer<typeof DecideRequest>;

export const ReopenRequest = z.object({ comment: z.string().trim().min(1).max(4000) });

export const AuditEntry = z.object({
  at: z.string(),
  actor: z.object({ id: Id, displayName: z.string() }),
  action: z.enum(['decision', 'reopen']),
  detail: z.record(z.string(), z.unknown()),
});
export const AuditResponse = z.object({ entries: z.array(AuditEntry) });

export const CreateAssignmentRequest = Assignment.pick({
  orderId: true,
  inspectorId: true,
  stage: true,
  plannedDate: true,
  note: true,
});
export type CreateAssignmentRequest = z.infer<typeof CreateAssignmentRequest>;

import { z } from 'zod';
import { Id, IsoDateTime } from './common';

export const DecisionKind = z.enum(['approve', 'reject', 'hold', 'accept_with_deviation', 're_inspect']);
export type DecisionKind = z.infer<typeof DecisionKind>;

/** The office's decision on an inspection: a separate record, never a field of the evidence. */
export const Decision = z.object({
  id: Id,
  inspectionId: Id,
  decision: DecisionKind,
  comment: z.string().max(4000),
  decidedBy: Id,
  decidedAt: IsoDateTime,
});
export type Decision = z.infer<typeof Decision>;

import { z } from 'zod';
import { Id, IsoDateTime } from './common';

export const Answer = z.enum(['pass', 'fail', 'na']);

export const ChecklistAnswer = z.object({
  id: Id,
  inspectionId: Id,
  itemCode: z.string().min(1),
  answer: Answer,
  comment: z.string().max(2000).nullable(),
  createdAt: IsoDateTime,
  deletedAt: IsoDateTime.nullable(),
});
export type ChecklistAnswer = z.infer<typeof ChecklistAnswer>;

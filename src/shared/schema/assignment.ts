import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, Stage } from './common';

/** The office plans an inspection of an order for an inspector on a date; it appears on their phone. */
export const Assignment = z.object({
  id: Id,
  orderId: Id,
  factoryId: Id,
  inspectorId: Id,
  stage: Stage,
  plannedDate: IsoDate,
  note: z.string().max(2000).nullable(),
  createdBy: Id,
  createdAt: IsoDateTime,
  cancelledAt: IsoDateTime.nullable(),
});
export type Assignment = z.infer<typeof Assignment>;

import { z } from 'zod';
import { Id, IsoDate, IsoDateTime } from './common';

/** One line of the rectification list (整改意见) the factory signs: what, who, by when. */
export const Rectification = z.object({
  id: Id,
  inspectionId: Id,
  text: z.string().trim().min(1).max(2000),
  owner: z.string().trim().min(1).max(80),
  dueDate: IsoDate,
  createdAt: IsoDateTime,
  deletedAt: IsoDateTime.nullable(),
});
export type Rectification = z.infer<typeof Rectification>;

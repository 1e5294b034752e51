import { z } from 'zod';
import { Id, IsoDateTime } from './common';

/** One reading of one point of measure on one sample garment, in the pinned sheet's unit. */
export const Measurement = z.object({
  id: Id,
  inspectionId: Id,
  sampleNo: z.number().int().positive(),
  size: z.string().min(1),
  pomCode: z.string().min(1),
  value: z.number().positive().max(10_000),
  createdAt: IsoDateTime,
  deletedAt: IsoDateTime.nullable(),
});
export type Measurement = z.infer<typeof Measurement>;

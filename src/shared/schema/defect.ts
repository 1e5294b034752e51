import { z } from 'zod';
import { Id, IsoDateTime, Severity } from './common';

/** Append-only evidence: never updated in place except to be tombstoned (`deletedAt`). */
export const Defect = z.object({
  id: Id,
  inspectionId: Id,
  code: z.string().min(1).max(16),
  severity: Severity,
  quantity: z.number().int().min(1).max(10_000),
  sampleNo: z.number().int().positive().nullable(),
  colour: z.string().max(40).nullable(),
  size: z.string().max(16).nullable(),
  carton: z.number().int().positive().nullable(),
  location: z.string().max(80).nullable(),
  note: z.string().max(2000).nullable(),
  createdAt: IsoDateTime,
  deletedAt: IsoDateTime.nullable(),
});
export type Defect = z.infer<typeof Defect>;

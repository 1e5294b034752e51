import { z } from 'zod';
import { Id, IsoDateTime } from './common';

/**
 * One packing observation: a carton ticked as opened, or a check of shipping marks, the
 * colour/size assortment against the packing list, pieces per carton, or carton condition.
 * Append-only like checklist answers: the latest per (kind, cartonNo) is the current one.
 */
export const PackingCheckKind = z.enum([
  'carton_opened',
  'shipping_marks',
  'assortment',
  'pieces_per_carton',
  'carton_condition',
]);
export type PackingCheckKind = z.infer<typeof PackingCheckKind>;

export const PackingCheck = z.object({
  id: Id,
  inspectionId: Id,
  kind: PackingCheckKind,
  /** The carton checked; null for a check of the whole shipment. */
  cartonNo: z.number().int().positive().nullable(),
  result: z.enum(['pass', 'fail', 'na']),
  /** What the packing list says and what was found, e.g. "24 pcs" / "22 pcs". */
  expected: z.string().max(200).nullable(),
  actual: z.string().max(200).nullable(),
  note: z.string().max(2000).nullable(),
  createdAt: IsoDateTime,
});
export type PackingCheck = z.infer<typeof PackingCheck>;

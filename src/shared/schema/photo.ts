import { z } from 'zod';
import { Id, IsoDateTime } from './common';

/** What a photo is evidence of: the inspection as a whole, one defect, one checklist item or packing. */
export const PhotoTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('inspection') }),
  z.object({ kind: z.literal('defect'), id: Id }),
  z.object({ kind: z.literal('checklist_item'), code: z.string().min(1) }),
  z.object({ kind: z.literal('packing'), cartonNo: z.number().int().positive().nullable() }),
]);
export type PhotoTarget = z.infer<typeof PhotoTarget>;

/** Photo metadata; the bytes travel separately and are addressed by their SHA-256. */
export const Photo = z.object({
  id: Id,
  inspectionId: Id,
  target: PhotoTarget,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().positive(),
  mime: z.enum(['image/jpeg', 'image/png', 'image/webp']),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** Set when this photo is an annotated copy of another. */
  annotationOf: Id.nullable(),
  createdAt: IsoDateTime,
  deletedAt: IsoDateTime.nullable(),
});
export type Photo = z.infer<typeof Photo>;

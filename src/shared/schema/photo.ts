import { z } from 'zod';
import { Id, IsoDateTime } from './common';

export const PhotoTarget = z.object({
  kind: z.enum(['inspection', 'defect', 'checklist_answer']),
  id: Id,
});

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

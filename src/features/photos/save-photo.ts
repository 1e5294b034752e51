/**
 * The two ways a photo is made: taken with the camera, or drawn on as an annotated copy.
 * Both do every slow step (decode, resize, encode, hash, fetch) first and only then open the
 * one Dexie write in addPhoto.
 */
import type { QcDb } from '../../db/db';
import { addPhoto } from '../../db/repositories/photos';
import type { Photo, PhotoTarget } from '../../shared/schema';
import { paintShapes, lineWidthFor, type Shape } from './annotate-shapes';
import { capturePhoto, decodeImage, renderPhoto } from './capture';
import { loadPhotoBytes } from './photo-bytes';

export const takePhoto = async (
  db: QcDb,
  input: { inspectionId: string; target: PhotoTarget; file: Blob },
): Promise<Photo> => {
  const captured = await capturePhoto(input.file);
  return addPhoto(db, { inspectionId: input.inspectionId, target: input.target, captured });
};

/** Renders the original plus the marks into a new JPEG kept beside the original (same target). */
export const saveAnnotation = async (db: QcDb, original: Photo, shapes: readonly Shape[]): Promise<Photo> => {
  const bitmap = await decodeImage(await loadPhotoBytes(db, original.sha256));
  try {
    const size = { width: original.width, height: original.height };
    const captured = await renderPhoto(size, (ctx) => {
      ctx.drawImage(bitmap, 0, 0, size.width, size.height);
      paintShapes(ctx, shapes, lineWidthFor(size));
    });
    return await addPhoto(db, {
      inspectionId: original.inspectionId,
      target: original.target,
      captured,
      annotationOf: original.id,
    });
  } finally {
    bitmap.close();
  }
};

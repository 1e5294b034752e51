/**
 * Photo commands and reads. Owns three invariants:
 * - the bytes (photoBlobs, keyed by SHA-256), the metadata record and its `photo.add` outbox entry
 *   commit in ONE transaction, so the phone never holds a record without bytes or the reverse;
 * - the same bytes are stored once however many records point at them;
 * - a full disk is never silent: a quota failure becomes StorageFullError and nothing is written.
 * All non-IndexedDB work (decoding, hashing) happens before the transaction, in the caller.
 */
import { Id, Photo, PhotoTarget } from '../../shared/schema';
import type { QcDb } from '../db';
import { newId as defaultNewId, type IdGenerator } from '../ids';
import { UnknownRecordError } from './defects';
import { assertEditable } from './inspections';
import { commitWithOutbox, systemClock, type WriteClock } from './outbox';

/** What capture (or annotation) hands over: encoded bytes and their hash, ready to store. */
export interface CapturedPhoto {
  bytes: ArrayBuffer;
  sha256: string;
  width: number;
  height: number;
  mime: 'image/jpeg';
}

export interface AddPhotoInput {
  inspectionId: string;
  target: PhotoTarget;
  captured: CapturedPhoto;
  /** The original's id when this photo is an annotated copy of it. */
  annotationOf?: string | null;
}

/** The phone's storage quota is used up; the photo was NOT saved and the user must be told. */
export class StorageFullError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('storage on this phone is full: the photo was not saved', options);
  }
}

export class PhotoHashMismatchError extends Error {
  constructor() {
    super('the photo bytes do not match their SHA-256');
  }
}

interface Deps {
  clock?: WriteClock;
  newId?: IdGenerator;
}

export const sha256Hex = async (bytes: ArrayBuffer): Promise<string> => {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
};

/** A stable string per target, for grouping and for comparing targets inside queries. */
export const targetKey = (target: PhotoTarget): string => {
  switch (target.kind) {
    case 'inspection':
      return 'inspection';
    case 'defect':
      return `defect:${target.id}`;
    case 'checklist_item':
      return `checklist_item:${target.code}`;
    case 'packing':
      return `packing:${target.cartonNo ?? ''}`;
  }
};

/**
 * Browsers report a full quota as a QuotaExceededError DOMException; Dexie may wrap it (`inner`)
 * or surface only the transaction's abort, whose cause carries it.
 */
export const isQuotaError = (error: unknown, depth = 0): boolean => {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  const { name, inner, cause } = error as { name?: unknown; inner?: unknown; cause?: unknown };
  if (name === 'QuotaExceededError') return true;
  return isQuotaError(inner, depth + 1) || isQuotaError(cause, depth + 1);
};

const surfaceQuota = async <T>(write: () => Promise<T>): Promise<T> => {
  try {
    return await write();
  } catch (error) {
    throw isQuotaError(error) ? new StorageFullError({ cause: error }) : error;
  }
};

/** Stores the bytes (once per hash), the record and `photo.add` together. Refuses on a submitted inspection. */
export const addPhoto = async (db: QcDb, input: AddPhotoInput, deps: Deps = {}): Promise<Photo> => {
  const { clock = systemClock, newId = defaultNewId } = deps;
  const { captured } = input;
  // Hashing is async crypto, not IndexedDB: it must finish before the transaction opens.
  if ((await sha256Hex(captured.bytes)) !== captured.sha256) throw new PhotoHashMismatchError();
  const photo = Photo.parse({
    id: newId(),
    inspectionId: input.inspectionId,
    target: PhotoTarget.parse(input.target),
    sha256: captured.sha256,
    bytes: captured.bytes.byteLength,
    mime: captured.mime,
    width: captured.width,
    height: captured.height,
    annotationOf: input.annotationOf ?? null,
    createdAt: clock.now().toISOString(),
    deletedAt: null,
  });
  const tables = [db.inspections, db.photos, db.photoBlobs, db.outbox, db.meta];
  await surfaceQuota(() =>
    db.transaction('rw', tables, async () => {
      await assertEditable(db, photo.inspectionId);
      if (photo.annotationOf) {
        const original = await db.photos.get(photo.annotationOf);
        if (original?.inspectionId !== photo.inspectionId) throw new UnknownRecordError(photo.annotationOf);
      }
      // Content-addressed: a row for these bytes may exist already (a retake of the same file,
      // an upload confirmed). Keep it as it is, so its uploadedAt is not reset.
      const stored = await db.photoBlobs.where('sha256').equals(photo.sha256).count();
      if (stored === 0) {
        await db.photoBlobs.put({
          sha256: photo.sha256,
          bytes: captured.bytes,
          mime: photo.mime,
          uploadedAt: null,
        });
      }
      await commitWithOutbox(db, db.photos, photo, { name: 'photo.add', args: photo }, clock);
    }),
  );
  return photo;
};

/**
 * Tombstones a photo and queues `photo.remove`. The bytes stay: other records may share them and
 * only the uploader, after the server confirmed them, may evict a blob. Removing twice is a no-op.
 */
export const removePhoto = async (db: QcDb, id: string, deps: Deps = {}): Promise<void> => {
  const { clock = systemClock } = deps;
  const photoId = Id.parse(id);
  await surfaceQuota(() =>
    db.transaction('rw', [db.inspections, db.photos, db.outbox, db.meta], async () => {
      const current = await db.photos.get(photoId);
      if (!current) throw new UnknownRecordError(photoId);
      await assertEditable(db, current.inspectionId);
      if (current.deletedAt) return;
      const deletedAt = clock.now().toISOString();
      await commitWithOutbox(
        db,
        db.photos,
        { ...current, deletedAt },
        { name: 'photo.remove', args: { id: photoId, inspectionId: current.inspectionId, deletedAt } },
        clock,
      );
    }),
  );
};

const byCreation = (a: Photo, b: Photo) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** Live (not tombstoned) photos of an inspection, oldest first. */
export const livePhotos = async (db: QcDb, inspectionId: string): Promise<Photo[]> =>
  (await db.photos.where('inspectionId').equals(inspectionId).toArray())
    .filter((p) => p.deletedAt === null)
    .sort(byCreation);

/** Live photos of one target of an inspection, oldest first. */
export const livePhotosOf = async (db: QcDb, inspectionId: string, target: PhotoTarget): Promise<Photo[]> => {
  const key = targetKey(target);
  return (await livePhotos(db, inspectionId)).filter((p) => targetKey(p.target) === key);
};

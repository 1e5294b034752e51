/**
 * The bytes of a stored photo: from this phone when it still holds them, otherwise from the
 * server (the local copy is evicted once the server confirmed it — see SYNC.md, Photos).
 */
import type { QcDb } from '../../db/db';

export class PhotoUnavailableError extends Error {
  constructor(readonly sha256: string) {
    super(`the bytes of photo ${sha256} are neither on this phone nor reachable`);
  }
}

/** Same-origin path the server serves confirmed photo bytes from (the session cookie authorises it). */
export const remotePhotoPath = (sha256: string): string => `/api/photos/${sha256}`;

export const loadPhotoBytes = async (db: QcDb, sha256: string): Promise<Blob> => {
  const local = await db.photoBlobs.get(sha256);
  if (local) return new Blob([local.bytes], { type: local.mime });
  if (!navigator.onLine) throw new PhotoUnavailableError(sha256);
  const response = await fetch(remotePhotoPath(sha256), { credentials: 'same-origin' });
  if (!response.ok) throw new PhotoUnavailableError(sha256);
  return response.blob();
};

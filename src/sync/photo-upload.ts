/**
 * Sends photo bytes after their records, resumably, in chunks (docs/sync-protocol.md "Photo
 * bytes"). Owns two rules:
 * - `uploadedAt` is set only when the server answered `Upload-Complete: 1`, i.e. it holds the
 *   whole photo verified by its SHA-256;
 * - the uploader never deletes bytes: the report needs them, and a refused photo (damaged on
 *   the phone, someone else's inspection) must stay visible rather than vanish. Dropping
 *   confirmed bytes is a separate eviction policy's job.
 * Network trouble, 401 and server errors stop the run (thrown to the engine, which keeps the
 * queue and retries with backoff); a refusal of one photo only holds that photo back.
 */
import type { QcDb } from '../db/db';
import { HttpError, InvalidResponseError, type FetchFn } from './http';
import { createPhotoApi, type PhotoApi, type UploadState } from './photo-http';
import { readPhotoProgress, uploadableHashes } from './photo-queue';
import type { PhotoFailureCode, PhotoProgress } from './status';

export const DEFAULT_CHUNK_SIZE = 256 * 1024;
/** 413 halves the chunk down to this; below it the photo itself is refused. */
const MIN_CHUNK_SIZE = 16 * 1024;
/** 409s in a row for one photo before giving up this run (another tab racing, a buggy proxy). */
const MAX_RESYNCS = 3;

export interface PhotoUploaderOptions {
  db: QcDb;
  fetch: FetchFn;
  baseUrl?: string;
  chunkSize?: number;
  now?: () => number;
  /** Called after each photo is confirmed or refused, so a progress display can follow. */
  onProgress?: () => void;
  log?: (message: string) => void;
}

export interface PhotoUploadTally {
  uploaded: number;
  failed: number;
}

export interface PhotoUploader {
  uploadPending(): Promise<PhotoUploadTally>;
  progress(): Promise<PhotoProgress>;
}

type Outcome = 'uploaded' | 'skipped' | { failed: PhotoFailureCode };

/** Codes that refuse one photo for good (this session); anything else stops the run. */
const refusalOf = (error: HttpError): PhotoFailureCode | null => {
  if (error.code === 'hash-mismatch' || error.status === 422) return 'hash-mismatch';
  if (error.status === 403) return 'forbidden';
  if (error.status === 413) return 'payload-too-large';
  if (error.status === 400) return 'invalid-request';
  return null;
};

export const createPhotoUploader = (options: PhotoUploaderOptions): PhotoUploader => {
  const { db, now = Date.now, onProgress = () => {}, log = () => {} } = options;
  const api: PhotoApi = createPhotoApi(options.fetch, options.baseUrl);
  const chunk = { size: options.chunkSize ?? DEFAULT_CHUNK_SIZE };
  // Refused photos are skipped until the app restarts: retrying each round would resend the
  // same bytes for the same answer. They stay pending, counted and shown as failed.
  const failures = new Map<string, PhotoFailureCode>();

  /** Sends from wherever the server stands until it reports the photo complete. */
  const send = async (sha256: string, bytes: ArrayBuffer): Promise<void> => {
    const length = bytes.byteLength;
    let state: UploadState = (await api.head(sha256)) ?? { offset: 0, length, complete: false };
    let resyncs = 0;
    while (!state.complete) {
      const from = state.offset;
      try {
        // At from === length this is an empty PATCH, which asks the server to finish.
        state = await api.patch(sha256, {
          offset: from,
          length,
          bytes: bytes.slice(from, from + chunk.size),
        });
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        if (error.status === 409 && resyncs < MAX_RESYNCS) {
          resyncs += 1;
          state = (await api.head(sha256)) ?? { offset: 0, length, complete: false };
          continue;
        }
        if (error.status === 413 && chunk.size > MIN_CHUNK_SIZE) {
          chunk.size = Math.max(MIN_CHUNK_SIZE, Math.floor(chunk.size / 2));
          log(`photos: 413, chunk size now ${chunk.size}`);
          continue;
        }
        throw error;
      }
      if (!state.complete && state.offset <= from)
        throw new InvalidResponseError('photo upload made no progress');
      resyncs = 0;
    }
  };

  const uploadOne = async (sha256: string): Promise<Outcome> => {
    const blob = await db.photoBlobs.get(sha256);
    if (!blob || blob.uploadedAt !== null) return 'skipped';
    try {
      await send(sha256, blob.bytes);
    } catch (error) {
      const refusal = error instanceof HttpError ? refusalOf(error) : null;
      if (refusal === null) throw error;
      log(`photos: ${sha256} refused (${refusal}); bytes kept`);
      return { failed: refusal };
    }
    await db.photoBlobs.update(sha256, { uploadedAt: new Date(now()).toISOString() });
    return 'uploaded';
  };

  return {
    async uploadPending() {
      const tally: PhotoUploadTally = { uploaded: 0, failed: 0 };
      for (const sha256 of await uploadableHashes(db)) {
        if (failures.has(sha256)) continue;
        const outcome = await uploadOne(sha256);
        if (outcome === 'skipped') continue;
        if (outcome === 'uploaded') tally.uploaded += 1;
        else {
          failures.set(sha256, outcome.failed);
          tally.failed += 1;
        }
        onProgress();
      }
      return tally;
    },
    progress: () => readPhotoProgress(db, failures),
  };
};

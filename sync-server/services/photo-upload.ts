import type { Readable } from 'node:stream';
import type { User } from '../../src/shared/schema/user';
import { HashMismatchError } from '../blobs/blob-store';
import type { PhotoStorage } from '../blobs/photo-storage';
import type { Database } from '../db/open';
import { photoHolders, recordStoredBlob, storedBlobSize } from '../db/photo-blobs';
import { ProblemError } from '../problems';
import { createKeyedMutex } from './keyed-mutex';
import { assertMayUpload, mimeOf, visibleHolders } from './photo-access';
import { seesEverything } from './roles';

/**
 * The resumable photo upload (a tus-like protocol, docs/sync-protocol.md "Photo bytes").
 *
 * Owns "a photo is present only when its bytes arrived whole and verified": `photo_blobs`
 * gets its row only after the blob store accepted the staged file under its SHA-256, and the
 * store refuses content that does not hash to its name. Chunks of one (photo, user) are
 * applied one at a time (in-process mutex; one server process per data directory).
 */
export const MAX_PHOTO_BYTES = 32 * 1024 * 1024;

export interface UploadState {
  /** Bytes the server holds for this user's upload (all of them once complete). */
  offset: number;
  /** The declared total, when known. */
  length: number | null;
  complete: boolean;
}

export interface Chunk {
  offset: number;
  length: number;
  bytes: Uint8Array;
}

export interface StoredPhoto {
  stream: Readable;
  size: number;
  mime: string;
}

export function createPhotoUploads(database: Database, storage: PhotoStorage, now: () => Date) {
  const { store, partials } = storage;
  const mutex = createKeyedMutex();
  const done = (size: number): UploadState => ({ offset: size, length: size, complete: true });

  const authorise = async (user: User, sha256: string) =>
    assertMayUpload(user, await photoHolders(database.db, sha256));

  /** Staged bytes are complete: publish them (verified by the store) and record presence. */
  const finish = async (user: User, sha256: string, size: number): Promise<UploadState> => {
    try {
      await store.put(sha256, partials.pathOf(sha256, user.id));
    } catch (error) {
      if (!(error instanceof HashMismatchError)) throw error;
      await partials.discard(sha256, user.id);
      throw new ProblemError('hash-mismatch', 'The bytes do not match their SHA-256; nothing was stored.', {
        expected: error.expected,
        actual: error.actual,
      });
    }
    await recordStoredBlob(database.db, { sha256, bytes: size, storedAt: now().toISOString() });
    await partials.discard(sha256, user.id);
    return done(size);
  };

  const applyChunk = async (user: User, sha256: string, chunk: Chunk): Promise<UploadState> => {
    const stored = await storedBlobSize(database.db, sha256);
    // The same photo uploaded twice (a retry, a second device, another record): nothing to do.
    if (stored !== null) return done(stored);
    const current = (await partials.offset(sha256, user.id)) ?? 0;
    if (chunk.offset !== current)
      throw new ProblemError('upload-offset-mismatch', `The server holds ${current} bytes of this photo.`, {
        offset: current,
      });
    const declared = await partials.declaredLength(sha256, user.id);
    if (declared !== null && declared !== chunk.length)
      throw new ProblemError('invalid-request', 'Upload-Length differs from the first chunk.', {
        length: declared,
      });
    if (current + chunk.bytes.byteLength > chunk.length)
      throw new ProblemError('invalid-request', 'The chunk runs past Upload-Length.');
    const offset =
      chunk.bytes.byteLength > 0
        ? await partials.append(sha256, user.id, chunk.bytes, chunk.length)
        : current;
    if (offset < chunk.length) return { offset, length: chunk.length, complete: false };
    return finish(user, sha256, offset);
  };

  return {
    /** HEAD: how far this user's upload got; null when nothing was received. */
    async status(user: User, sha256: string): Promise<UploadState | null> {
      await authorise(user, sha256);
      const stored = await storedBlobSize(database.db, sha256);
      if (stored !== null) return done(stored);
      const offset = await partials.offset(sha256, user.id);
      if (offset === null) return null;
      return { offset, length: await partials.declaredLength(sha256, user.id), complete: false };
    },

    /** PATCH: appends one chunk at exactly the current offset. */
    async append(user: User, sha256: string, chunk: Chunk): Promise<UploadState> {
      if (chunk.length > MAX_PHOTO_BYTES)
        throw new ProblemError('payload-too-large', `A photo may be at most ${MAX_PHOTO_BYTES} bytes.`);
      await authorise(user, sha256);
      return mutex.run(`${sha256}.${user.id}`, () => applyChunk(user, sha256, chunk));
    },

    /** GET: the verified bytes, for anyone who can see an inspection holding them. */
    async open(user: User, sha256: string): Promise<StoredPhoto> {
      const holders = await photoHolders(database.db, sha256);
      const visible = visibleHolders(user, holders);
      if (!seesEverything(user) && holders.length > 0 && visible.length === 0)
        throw new ProblemError('forbidden', 'This photo is outside your inspections.');
      const size = await storedBlobSize(database.db, sha256);
      // Office and admin may fetch any held blob; others need a record they can see.
      if (size === null || (!seesEverything(user) && visible.length === 0))
        throw new ProblemError('not-found', 'The server does not hold this photo.');
      return { stream: store.read(sha256), size, mime: mimeOf(visible) };
    },
  };
}

export type PhotoUploads = ReturnType<typeof createPhotoUploads>;

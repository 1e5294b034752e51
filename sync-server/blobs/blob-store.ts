import type { Readable } from 'node:stream';

/**
 * Content-addressed storage of photo bytes, keyed by the lowercase hex SHA-256 of the bytes.
 *
 * Owns the invariant: a blob is never visible under its final name until its hash is verified.
 * `put` checks the content against the key and refuses (HashMismatchError) before anything is
 * published, so `has`/`read` can never return a half-written or wrong blob, whatever the crash.
 *
 * Resumable chunks are staged outside the store (blobs/partial-uploads.ts) and handed to `put`
 * only once complete, so a store needs no notion of partial uploads.
 *
 * An S3-compatible store (not built yet) would:
 *   - `has`/`size`: HEAD `<prefix>/<sha256>` (404 → false/null, ContentLength → size);
 *   - `put`: hash the file while streaming it as a multipart upload (parts ≥ 5 MiB, so the
 *     small phone chunks keep being staged locally first) to a temporary key, or one PutObject
 *     with `x-amz-checksum-sha256` for small files; only after the digest matches, complete /
 *     CopyObject to the final key and delete the temporary one (abort the multipart on mismatch);
 *   - `read`: GetObject's body stream.
 * Objects are immutable, so no versioning or locking is needed: two writers of one key write the
 * same bytes.
 */
export interface BlobStore {
  has(sha256: string): Promise<boolean>;
  /** Byte length of a stored blob, or null when absent. */
  size(sha256: string): Promise<number | null>;
  /**
   * Stores `source` under `sha256` after verifying its digest, else throws HashMismatchError.
   * A string is a path to a complete staging file, consumed either way (moved in or deleted);
   * a stream is read to the end. Idempotent: the same bytes again change nothing.
   */
  put(sha256: string, source: string | Readable): Promise<void>;
  /** The bytes of a stored blob; the stream errors when the blob is absent. */
  read(sha256: string): Readable;
}

export class HashMismatchError extends Error {
  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`content hashes to ${actual}, not ${expected}`);
    this.name = 'HashMismatchError';
  }
}

/** Lowercase hex only: the key is also a path segment, so nothing else may pass. */
export const SHA256_HEX = /^[0-9a-f]{64}$/;

export const isSha256 = (value: string): boolean => SHA256_HEX.test(value);

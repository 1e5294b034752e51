import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HashMismatchError } from '../../sync-server/blobs/blob-store';
import { sha256OfStream } from '../../sync-server/blobs/durable-fs';
import { FsBlobStore } from '../../sync-server/blobs/fs-blob-store';
import { photoBytes } from './photo-http';

describe('file-system blob store', () => {
  let root: string;
  let store: FsBlobStore;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'qc-store-'));
    store = new FsBlobStore(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('stores a stream under its hash and reads the same bytes back', async () => {
    const { bytes, sha256 } = photoBytes(70_000);
    expect(await store.has(sha256)).toBe(false);
    await store.put(sha256, Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]));
    expect(await store.size(sha256)).toBe(70_000);
    expect(await sha256OfStream(store.read(sha256))).toBe(sha256);
    expect(existsSync(join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256))).toBe(true);
  });

  it('moves a complete staging file in and treats a second put as done', async () => {
    const { bytes, sha256 } = photoBytes(5_000);
    for (const name of ['a', 'b']) {
      const staged = join(root, name);
      writeFileSync(staged, bytes);
      await store.put(sha256, staged);
      expect(existsSync(staged)).toBe(false);
    }
    expect(await store.size(sha256)).toBe(5_000);
  });

  it('never publishes content that does not hash to its name', async () => {
    const { sha256 } = photoBytes(5_000);
    const staged = join(root, 'wrong');
    writeFileSync(staged, photoBytes(5_000).bytes);
    await expect(store.put(sha256, staged)).rejects.toBeInstanceOf(HashMismatchError);
    await expect(store.put(sha256, Readable.from([Buffer.from('nope')]))).rejects.toBeInstanceOf(
      HashMismatchError,
    );
    expect(await store.has(sha256)).toBe(false);
    expect(readdirSync(root).filter((f) => f !== 'tmp')).toEqual([]);
    expect(readdirSync(join(root, 'tmp'))).toEqual([]);
  });

  it('refuses a key that is not a hex SHA-256, since keys become paths', async () => {
    await expect(store.has('../../etc/passwd')).rejects.toThrow(/not a sha256/);
  });
});

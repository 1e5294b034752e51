import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { HashMismatchError, isSha256, type BlobStore } from './blob-store';
import { fsyncDir, fsyncFile, isCode, sha256OfFile } from './durable-fs';

/**
 * Blobs as files under `<root>/ab/cd/<sha256>` (two levels of 256 keep directories small).
 *
 * Owns the invariant "a blob is never visible under its final name until its hash is
 * verified, and never half-written": content is hashed and fsynced in `<root>/tmp/` (or in the
 * caller's staging file), then published with one atomic rename, and the directory is fsynced.
 * A SIGKILL at any point leaves either no final file or the complete one; stray temp files are
 * harmless and may be swept.
 */
export class FsBlobStore implements BlobStore {
  constructor(readonly root: string) {}

  pathOf(sha256: string): string {
    // The key becomes a path: refuse anything that is not a plain hex digest.
    if (!isSha256(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async has(sha256: string): Promise<boolean> {
    return (await this.size(sha256)) !== null;
  }

  async size(sha256: string): Promise<number | null> {
    try {
      return (await stat(this.pathOf(sha256))).size;
    } catch (error) {
      if (isCode(error, 'ENOENT')) return null;
      throw error;
    }
  }

  async put(sha256: string, source: string | Readable): Promise<void> {
    const target = this.pathOf(sha256);
    const staged = typeof source === 'string' ? await this.adopt(source) : await this.spool(source);
    try {
      const actual = await sha256OfFile(staged);
      if (actual !== sha256) throw new HashMismatchError(sha256, actual);
      await fsyncFile(staged);
      await this.ensureDir(dirname(target));
      // Same content under the same name: replacing an existing blob is harmless (idempotent).
      await rename(staged, target);
      await fsyncDir(dirname(target));
    } catch (error) {
      await unlink(staged).catch(() => undefined);
      throw error;
    }
  }

  read(sha256: string): Readable {
    return createReadStream(this.pathOf(sha256));
  }

  private tempPath(): string {
    return join(this.root, 'tmp', `${Date.now()}-${randomBytes(8).toString('hex')}`);
  }

  /** A caller's staging file on another filesystem cannot be renamed in; copy it over first. */
  private async adopt(path: string): Promise<string> {
    if (await this.sameDevice(path)) return path;
    const temp = this.tempPath();
    await mkdir(dirname(temp), { recursive: true });
    await copyFile(path, temp);
    await unlink(path);
    return temp;
  }

  private async spool(stream: Readable): Promise<string> {
    const temp = this.tempPath();
    await mkdir(dirname(temp), { recursive: true });
    await pipeline(stream, createWriteStream(temp));
    return temp;
  }

  private async sameDevice(path: string): Promise<boolean> {
    await mkdir(this.root, { recursive: true });
    const [a, b] = await Promise.all([stat(path), stat(this.root)]);
    return a.dev === b.dev;
  }

  /** Creates the shard directories and makes their creation durable too. */
  private async ensureDir(dir: string): Promise<void> {
    const first = await mkdir(dir, { recursive: true });
    if (first === undefined) return;
    // Every directory from the parent of the first created one down to `dir` gained an entry.
    for (let d = dir; d.length >= dirname(first).length; d = dirname(d)) {
      await fsyncDir(d);
      if (d === dirname(first)) break;
    }
  }
}

import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isSha256 } from './blob-store';
import { appendDurably, fsyncDir, fsyncFile, isCode } from './durable-fs';

/**
 * Staging of resumable uploads: one append-only file per (sha256, user) under
 * `<dir>/<sha256>.<userId>`, plus a `.length` sidecar with the declared total.
 *
 * Per user, so two users sending the same photo can never interleave into one file, and a
 * stranger cannot truncate or poison someone else's upload. The file's size IS the upload
 * offset: every append is fsynced before it is acknowledged, so an offset once reported is
 * never lost. A torn append after SIGKILL only makes the file shorter than the phone thinks —
 * HEAD tells the truth and the phone resends from there — or damaged, which the hash check
 * at completion catches (the staging file is dropped and the phone starts over).
 */
const SAFE_USER_ID = /^[0-9A-Za-z-]{1,64}$/;

export class PartialUploads {
  constructor(readonly dir: string) {}

  pathOf(sha256: string, userId: string): string {
    if (!isSha256(sha256) || !SAFE_USER_ID.test(userId)) throw new Error('unsafe staging name');
    return join(this.dir, `${sha256}.${userId}`);
  }

  /** Bytes received so far, or null when nothing was staged. */
  async offset(sha256: string, userId: string): Promise<number | null> {
    try {
      return (await stat(this.pathOf(sha256, userId))).size;
    } catch (error) {
      if (isCode(error, 'ENOENT')) return null;
      throw error;
    }
  }

  /** The total the phone declared with its first chunk, when known. */
  async declaredLength(sha256: string, userId: string): Promise<number | null> {
    try {
      const text = await readFile(this.lengthPath(sha256, userId), 'utf8');
      const value = Number(text);
      return Number.isSafeInteger(value) && value > 0 ? value : null;
    } catch (error) {
      if (isCode(error, 'ENOENT')) return null;
      throw error;
    }
  }

  async append(sha256: string, userId: string, chunk: Uint8Array, length: number): Promise<number> {
    const path = this.pathOf(sha256, userId);
    await mkdir(this.dir, { recursive: true });
    if ((await this.declaredLength(sha256, userId)) === null) await this.writeLength(sha256, userId, length);
    const created = (await this.offset(sha256, userId)) === null;
    await appendDurably(path, chunk);
    if (created) await fsyncDir(this.dir);
    return (await stat(path)).size;
  }

  /** Forgets the upload; the staging file may already have been moved into the store. */
  async discard(sha256: string, userId: string): Promise<void> {
    await unlink(this.pathOf(sha256, userId)).catch(ignoreMissing);
    await unlink(this.lengthPath(sha256, userId)).catch(ignoreMissing);
  }

  private lengthPath(sha256: string, userId: string): string {
    return `${this.pathOf(sha256, userId)}.length`;
  }

  /** Written to a temp name and renamed, so the sidecar is either absent or whole. */
  private async writeLength(sha256: string, userId: string, length: number): Promise<void> {
    const target = this.lengthPath(sha256, userId);
    const temp = `${target}.tmp`;
    await writeFile(temp, String(length));
    await fsyncFile(temp);
    await rename(temp, target);
  }
}

const ignoreMissing = (error: unknown): void => {
  if (!isCode(error, 'ENOENT')) throw error;
};

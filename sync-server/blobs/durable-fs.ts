import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';

/**
 * The few filesystem steps that make a write survive SIGKILL and power loss: data is fsynced
 * before a rename publishes it, and the directory is fsynced so the rename itself is durable.
 */
export async function fsyncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Makes a create/rename/unlink inside `dir` durable. Some platforms (Windows) cannot open a
 * directory for fsync; there the rename is as durable as the OS makes it, which we accept.
 */
export async function fsyncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
  } catch (error) {
    if (isCode(error, 'EISDIR', 'EPERM', 'EACCES')) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!isCode(error, 'EINVAL', 'EPERM', 'EBADF')) throw error;
  } finally {
    await handle.close();
  }
}

/** Appends `chunk` and fsyncs before returning, so an acknowledged offset is never lost. */
export async function appendDurably(path: string, chunk: Uint8Array): Promise<void> {
  const handle = await open(path, 'a');
  try {
    await handle.write(chunk);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Lowercase hex SHA-256 of a stream (read to its end). */
export async function sha256OfStream(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const piece of stream) hash.update(piece as Buffer);
  return hash.digest('hex');
}

export const sha256OfFile = (path: string): Promise<string> => sha256OfStream(createReadStream(path));

export const isCode = (error: unknown, ...codes: string[]): boolean =>
  typeof error === 'object' &&
  error !== null &&
  'code' in error &&
  codes.includes(String((error as { code: unknown }).code));

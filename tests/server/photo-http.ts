import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

/** Requests of the photo byte protocol, as a phone sends them (docs/sync-protocol.md). */
export const sha256Hex = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Random "photo" bytes and their hash. */
export const photoBytes = (size: number): { bytes: Buffer; sha256: string } => {
  const bytes = randomBytes(size);
  return { bytes, sha256: sha256Hex(bytes) };
};

export const headPhoto = (app: FastifyInstance, cookie: string | null, sha256: string) =>
  app.inject({ method: 'HEAD', url: `/api/photos/${sha256}`, headers: cookie ? { cookie } : {} });

export const patchPhoto = (
  app: FastifyInstance,
  cookie: string | null,
  sha256: string,
  chunk: { offset: number; length: number; bytes: Buffer },
) =>
  app.inject({
    method: 'PATCH',
    url: `/api/photos/${sha256}`,
    headers: {
      ...(cookie ? { cookie } : {}),
      'content-type': 'application/offset+octet-stream',
      'upload-offset': String(chunk.offset),
      'upload-length': String(chunk.length),
    },
    payload: chunk.bytes,
  });

export const getPhoto = (app: FastifyInstance, cookie: string | null, sha256: string) =>
  app.inject({ method: 'GET', url: `/api/photos/${sha256}`, headers: cookie ? { cookie } : {} });

/** Sends `bytes[from..]` in chunks of `size`; returns the last response. */
export async function uploadFrom(
  app: FastifyInstance,
  cookie: string,
  sha256: string,
  bytes: Buffer,
  from: number,
  size: number,
) {
  let offset = from;
  for (;;) {
    const res = await patchPhoto(app, cookie, sha256, {
      offset,
      length: bytes.length,
      bytes: bytes.subarray(offset, offset + size),
    });
    if (res.statusCode !== 200 || res.headers['upload-complete'] === '1') return res;
    offset = Number(res.headers['upload-offset']);
  }
}

import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isSha256 } from '../blobs/blob-store';
import type { PhotoStorage } from '../blobs/photo-storage';
import type { Database } from '../db/open';
import { sessionOf } from '../http/session-guard';
import { ProblemError } from '../problems';
import { createPhotoUploads, type UploadState } from '../services/photo-upload';

/**
 * Photo bytes over HTTP: HEAD (how far), PATCH (append a chunk), GET (the verified bytes).
 * The protocol is documented in docs/sync-protocol.md ("Photo bytes"); the rules live in
 * services/photo-upload.ts. Registered in its own scope so the raw chunk parser and its
 * limit apply to these routes only.
 */
export const CHUNK_CONTENT_TYPE = 'application/offset+octet-stream';
/** Phones send 256 KiB; the cap leaves room for a bigger chunk size without re-deploying. */
export const MAX_CHUNK_BYTES = 2 * 1024 * 1024;

type PhotoRequest = FastifyRequest<{ Params: { sha256: string } }>;

const hashParam = (request: PhotoRequest): string => {
  const { sha256 } = request.params;
  if (!isSha256(sha256)) throw new ProblemError('invalid-request', 'Expected a lowercase hex SHA-256.');
  return sha256;
};

/** A non-negative integer header; anything else is a 400. */
const intHeader = (request: FastifyRequest, name: string): number => {
  const raw = request.headers[name];
  const value = typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value)) throw new ProblemError('invalid-request', `Missing or invalid ${name}.`);
  return value;
};

const sendState = (reply: FastifyReply, state: UploadState): FastifyReply => {
  reply
    .header('upload-offset', String(state.offset))
    .header('upload-complete', state.complete ? '1' : '0')
    // An offset goes stale with the next chunk: never let a cache answer a HEAD.
    .header('cache-control', 'no-store');
  if (state.length !== null) reply.header('upload-length', String(state.length));
  return reply.status(200).send();
};

const isBodyTooLarge = (error: FastifyError): boolean =>
  error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413;

export async function photoRoutes(
  app: FastifyInstance,
  database: Database,
  storage: PhotoStorage,
  now: () => Date,
): Promise<void> {
  const uploads = createPhotoUploads(database, storage, now);

  await app.register(async (scope) => {
    scope.addContentTypeParser(
      CHUNK_CONTENT_TYPE,
      { parseAs: 'buffer', bodyLimit: MAX_CHUNK_BYTES },
      (_request, body, done) => done(null, body),
    );
    // An oversized chunk is not a push batch: name it so the phone shrinks its chunks. Errors
    // thrown here go on to the app's problem handler, which renders every error body.
    scope.setErrorHandler((error: FastifyError) => {
      if (isBodyTooLarge(error))
        throw new ProblemError('payload-too-large', `A chunk may be at most ${MAX_CHUNK_BYTES} bytes.`);
      throw error;
    });

    scope.route<{ Params: { sha256: string } }>({
      method: 'HEAD',
      url: '/api/photos/:sha256',
      handler: async (request, reply) => {
        const state = await uploads.status(sessionOf(request).user, hashParam(request));
        if (!state) throw new ProblemError('not-found', 'Nothing of this photo was received yet.');
        return sendState(reply, state);
      },
    });

    scope.patch<{ Params: { sha256: string } }>('/api/photos/:sha256', async (request, reply) => {
      const sha256 = hashParam(request);
      if (request.headers['content-type']?.split(';')[0]?.trim() !== CHUNK_CONTENT_TYPE)
        throw new ProblemError('invalid-request', `Send chunks as ${CHUNK_CONTENT_TYPE}.`);
      const offset = intHeader(request, 'upload-offset');
      const length = intHeader(request, 'upload-length');
      if (length === 0) throw new ProblemError('invalid-request', 'Upload-Length must be positive.');
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const state = await uploads.append(sessionOf(request).user, sha256, { offset, length, bytes });
      return sendState(reply, state);
    });

    // Explicit HEAD above means the automatic HEAD-for-GET must stay off.
    scope.get<{ Params: { sha256: string } }>(
      '/api/photos/:sha256',
      { exposeHeadRoute: false },
      async (request, reply) => {
        const photo = await uploads.open(sessionOf(request).user, hashParam(request));
        return (
          reply
            .header('content-type', photo.mime)
            .header('content-length', String(photo.size))
            // Content-addressed: the bytes behind a hash never change.
            .header('cache-control', 'private, max-age=31536000, immutable')
            .send(photo.stream)
        );
      },
    );
  });
}

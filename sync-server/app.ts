import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Database } from './db/open';
import { fsPhotoStorage, dataDirFromEnv, type PhotoStorage } from './blobs/photo-storage';
import { registerSessionGuard } from './http/session-guard';
import { registerPwa } from './http/static-pwa';
import { registerProblemHandler } from './problems';
import { authRoutes } from './routes/auth';
import { deviceRoutes } from './routes/devices';
import { healthRoutes } from './routes/health';
import { officeRoutes } from './routes/office';
import { photoRoutes } from './routes/photos';
import { syncRoutes } from './routes/sync';

export interface AppOptions {
  db: Database;
  /** The built PWA (dist/); API only when absent. */
  staticDir?: string;
  logger?: boolean;
  /** Injected clock for sessions and bookkeeping timestamps (tests move time). */
  now?: () => Date;
  /** Honour X-Forwarded-* (behind a TLS-terminating proxy), which also turns on Secure cookies. */
  trustProxy?: boolean;
  /** Photo bytes and upload staging; default: files under `${DATA_DIR}/blobs` (tests: a temp dir). */
  photoStorage?: PhotoStorage;
}

/** A push of MAX_MUTATIONS_PER_PUSH full records fits well inside this; larger is a 413. */
export const BODY_LIMIT_BYTES = 4 * 1024 * 1024;

/**
 * `fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' } })` without a
 * body (logout) is a normal client habit; treat it as "no body" instead of a 400. Everything
 * else goes through Fastify's own parser (limits, prototype-poisoning protection).
 */
function acceptEmptyJsonBodies(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text === '') return done(null, undefined);
    return parseJson(request, text, done);
  });
}

/** Builds the whole server without listening, so tests drive it with `app.inject`. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { db, now = () => new Date() } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy ?? false,
  });
  await app.register(fastifyCookie);
  acceptEmptyJsonBodies(app);
  registerProblemHandler(app);
  registerSessionGuard(app, db, now);
  healthRoutes(app, db);
  authRoutes(app, db, now);
  syncRoutes(app, db, now);
  deviceRoutes(app, db, now);
  officeRoutes(app, db, now);
  await photoRoutes(app, db, options.photoStorage ?? fsPhotoStorage(dataDirFromEnv(process.env)), now);
  registerPwa(app, options.staticDir);
  await app.ready();
  return app;
}

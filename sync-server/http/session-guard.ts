import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/open';
import { ProblemError } from '../problems';
import { authenticate, type Session } from '../services/sessions';
import { SESSION_COOKIE, setSessionCookie } from './session-cookie';

declare module 'fastify' {
  interface FastifyRequest {
    auth: Session | null;
  }
}

/** The only API routes reachable without a session. */
const PUBLIC_ROUTES = new Set(['/api/health', '/api/auth/login']);

/**
 * Requires a live session on every `/api` route except the public ones. Runs at onRequest so
 * an unauthenticated client is turned away before its (possibly 4 MiB) body is parsed.
 */
export function registerSessionGuard(app: FastifyInstance, database: Database, now: () => Date): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith('/api/') || PUBLIC_ROUTES.has(path)) return;
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await authenticate(database, token, now()) : undefined;
    if (!session || !token) throw new ProblemError('auth-required', 'Sign in to continue.');
    if (session.extended) setSessionCookie(request, reply, token);
    request.auth = session;
  });
}

/** The signed-in user of a guarded route (the guard guarantees one). */
export function sessionOf(request: FastifyRequest): Session {
  if (!request.auth) throw new ProblemError('auth-required', 'Sign in to continue.');
  return request.auth;
}

import type { FastifyInstance } from 'fastify';
import { LoginRequest, type SessionResponse } from '../../src/shared/api';
import type { Database } from '../db/open';
import { clearSessionCookie, setSessionCookie } from '../http/session-cookie';
import { sessionOf } from '../http/session-guard';
import { login, logout } from '../services/sessions';

export function authRoutes(app: FastifyInstance, database: Database, now: () => Date): void {
  app.post('/api/auth/login', async (request, reply): Promise<SessionResponse> => {
    const { token, response } = await login(database, LoginRequest.parse(request.body), now());
    setSessionCookie(request, reply, token);
    return response;
  });

  app.get('/api/auth/me', async (request): Promise<SessionResponse> => {
    const session = sessionOf(request);
    return { user: session.user, expiresAt: session.expiresAt };
  });

  app.post('/api/auth/logout', async (request, reply) => {
    await logout(database, sessionOf(request).tokenHash);
    clearSessionCookie(reply);
    return reply.status(204).send();
  });
}

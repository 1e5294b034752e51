import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_TTL_MS } from '../services/sessions';

export const SESSION_COOKIE = 'qc_session';

/**
 * httpOnly so page scripts never see the token; SameSite=Lax blocks cross-site POSTs;
 * Secure only when the request arrived over https (a LAN demo over http must still work).
 */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
    secure: request.protocol === 'https',
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

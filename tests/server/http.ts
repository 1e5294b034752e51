import type { FastifyInstance } from 'fastify';
import { PROTOCOL_VERSION, type PushResponse } from '../../src/shared/sync-protocol';

/** Thin helpers over `app.inject` so tests read as requests, not plumbing. */
export const DEMO_PASSWORD = (username: string): string => `demo-${username}`;

/** Logs in and returns the `Cookie` header value that carries the session. */
export async function loginCookie(app: FastifyInstance, username: string): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: DEMO_PASSWORD(username) },
  });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'qc_session');
  if (!cookie) throw new Error('no session cookie');
  return `qc_session=${cookie.value}`;
}

export const pushRaw = (app: FastifyInstance, cookie: string, payload: unknown) =>
  app.inject({ method: 'POST', url: '/api/sync/push', headers: { cookie }, payload: payload as object });

export interface MutationInput {
  seq: number;
  name: string;
  args: unknown;
}

export async function push(
  app: FastifyInstance,
  cookie: string,
  clientId: string,
  mutations: MutationInput[],
): Promise<{ status: number; body: PushResponse & { error?: { code: string; details?: unknown } } }> {
  const res = await pushRaw(app, cookie, { protocolVersion: PROTOCOL_VERSION, clientId, mutations });
  return { status: res.statusCode, body: res.json() };
}

export const getJson = async (app: FastifyInstance, cookie: string, url: string) => {
  const res = await app.inject({ method: 'GET', url, headers: { cookie } });
  return { status: res.statusCode, body: res.json() };
};

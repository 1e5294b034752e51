import { createHash, randomBytes } from 'node:crypto';
import type { LoginRequest, SessionResponse } from '../../src/shared/api';
import type { User } from '../../src/shared/schema/user';
import { findUserByUsername } from '../db/lookups';
import type { Database } from '../db/open';
import {
  deleteExpiredSessions,
  deleteSession,
  extendSession,
  findSessionWithUser,
  insertSession,
} from '../db/sessions';
import { ProblemError } from '../problems';
import { burnPasswordCheck, verifyPassword } from './passwords';

/**
 * Device sessions. A phone may stay offline for weeks, so the session slides: every use pushes
 * the expiry 90 days ahead, and only 90 days of complete silence locks a device out. Only the
 * SHA-256 of the token is stored, so a database leak does not hand out live sessions.
 */
export const SESSION_TTL_MS = 90 * 24 * 60 * 60 * 1000;
/** Sliding writes at most once an hour per session instead of on every request. */
const SLIDE_EVERY_MS = 60 * 60 * 1000;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface Session {
  user: User;
  tokenHash: string;
  expiresAt: string;
  /** True when this request moved the expiry, so the cookie should be re-sent. */
  extended: boolean;
}

export async function login(
  database: Database,
  request: LoginRequest,
  now: Date,
): Promise<{ token: string; response: SessionResponse }> {
  const found = await findUserByUsername(database.db, request.username.trim().toLowerCase());
  const ok = found
    ? await verifyPassword(request.password, found.passwordHash)
    : await burnPasswordCheck(request.password);
  if (!found || !ok) throw new ProblemError('invalid-credentials', 'Wrong username or password.');

  const token = randomBytes(32).toString('base64url');
  const nowIso = now.toISOString();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS).toISOString();
  await deleteExpiredSessions(database.db, nowIso);
  await insertSession(database.db, {
    token_hash: hashToken(token),
    user_id: found.user.id,
    device_name: request.deviceName ?? null,
    created_at: nowIso,
    expires_at: expiresAt,
    last_seen_at: nowIso,
  });
  return { token, response: { user: found.user, expiresAt } };
}

/** Resolves a cookie token to a live session, sliding its expiry; undefined when unknown or expired. */
export async function authenticate(
  database: Database,
  token: string,
  now: Date,
): Promise<Session | undefined> {
  const tokenHash = hashToken(token);
  const row = await findSessionWithUser(database.db, tokenHash);
  if (!row) return undefined;
  const nowIso = now.toISOString();
  if (row.expires_at <= nowIso) {
    await deleteSession(database.db, tokenHash);
    return undefined;
  }
  const user = JSON.parse(row.user) as User;
  if (now.getTime() - Date.parse(row.last_seen_at) < SLIDE_EVERY_MS)
    return { user, tokenHash, expiresAt: row.expires_at, extended: false };
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS).toISOString();
  await extendSession(database.db, tokenHash, nowIso, expiresAt);
  return { user, tokenHash, expiresAt, extended: true };
}

export const logout = (database: Database, tokenHash: string): Promise<void> =>
  deleteSession(database.db, tokenHash);

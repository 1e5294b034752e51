import type { Kysely } from 'kysely';
import type { Schema, SessionTable } from './schema';

/** Session rows are keyed by the SHA-256 of the cookie token; the token itself is never stored. */
export async function insertSession(db: Kysely<Schema>, row: SessionTable): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/** The session and its user's record in one read: this runs on every authenticated request. */
export const findSessionWithUser = (db: Kysely<Schema>, tokenHash: string) =>
  db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.token_hash', 's.expires_at', 's.last_seen_at', 'u.data as user'])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();

export async function extendSession(
  db: Kysely<Schema>,
  tokenHash: string,
  lastSeenAt: string,
  expiresAt: string,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function deleteSession(db: Kysely<Schema>, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** Housekeeping on login; ISO UTC strings compare correctly as text. */
export async function deleteExpiredSessions(db: Kysely<Schema>, nowIso: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<', nowIso).execute();
}

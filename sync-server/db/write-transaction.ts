import { sql, type Transaction } from 'kysely';
import type { Database } from './open';
import type { Schema } from './schema';

/**
 * Owns the invariant "change-log cursor order equals commit order".
 *
 * On PostgreSQL a BIGSERIAL value is taken when a row is inserted, not when its transaction
 * commits. Two concurrent writers could take cursors 7 and 8, commit 8 first, and a puller
 * reading in between would move its cursor to 8 and never see 7. Every transaction that
 * writes change_log therefore first takes one transaction-scoped advisory lock, so writers
 * run one at a time and a visible cursor N implies every cursor below N is committed.
 * The same lock also serialises pushes of one client (last_seq read-modify-write).
 * SQLite needs nothing: Kysely uses its single connection one transaction at a time.
 */
const CHANGE_LOG_LOCK = 4_242_001;

export type Tx = Transaction<Schema>;

export async function writeTransaction<T>(database: Database, work: (trx: Tx) => Promise<T>): Promise<T> {
  return database.db.transaction().execute(async (trx) => {
    if (database.kind === 'postgres')
      await sql`select pg_advisory_xact_lock(${CHANGE_LOG_LOCK})`.execute(trx);
    return work(trx);
  });
}

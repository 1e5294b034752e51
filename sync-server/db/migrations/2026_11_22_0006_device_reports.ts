import type { Kysely } from 'kysely';

/**
 * The last device report of each client (docs/sync-protocol.md "Device report"): what was still
 * waiting on the phone when it last synced, for the office's "what is still on the phones".
 *
 * A table of its own rather than columns on `sync_clients`: that table is push bookkeeping
 * written on every batch under the seq invariants, while this one is overwritten telemetry.
 * `pending_photo_bytes` is a bigint: an offline week of photos can pass 2 GiB on one phone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('device_reports')
    .addColumn('client_id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) => col.notNull())
    .addColumn('last_sync_at', 'text', (col) => col.notNull())
    .addColumn('pending_mutations', 'integer', (col) => col.notNull())
    .addColumn('pending_photos', 'integer', (col) => col.notNull())
    .addColumn('pending_photo_bytes', 'bigint', (col) => col.notNull())
    .addColumn('oldest_pending_at', 'text')
    .addColumn('app_version', 'text', (col) => col.notNull())
    .addColumn('user_agent', 'text')
    .execute();
}

import { PostgresAdapter, type Kysely } from 'kysely';

/** Migrations receive only a Kysely instance; the adapter tells which engine they run on. */
export const isPostgres = (db: Kysely<unknown>): boolean =>
  db.getExecutor().adapter instanceof PostgresAdapter;

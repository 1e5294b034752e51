import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseConfig } from '../../sync-server/db/open';

/**
 * Throw-away databases for server-side suites: a SQLite file in a temp directory, or a fresh
 * PostgreSQL database on the local server (created here, dropped WITH (FORCE) on dispose).
 */
export type DbKind = 'sqlite' | 'postgres';
export const DB_KINDS: DbKind[] = ['sqlite', 'postgres'];

export const ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function adminQuery(text: string, values: unknown[] = []): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * pg's `pool.end()` resolves before its sockets have finished closing. Dropping the database
 * WITH (FORCE) while one is still open kills it with FATAL 57P01, which the closing client
 * reports as an unhandled error and fails the run. Wait (briefly) until the server sees none.
 */
export async function untilDisconnected(name: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const rows = await adminQuery('SELECT 1 FROM pg_stat_activity WHERE datname = $1', [name]);
    if (rows.length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export interface ProvisionedDatabase {
  config: DatabaseConfig;
  dispose(): Promise<void>;
}

/** A fresh, empty database of `kind`; `prefix` names it so leftovers show which suite made them. */
export async function provisionDatabase(kind: DbKind, prefix: string): Promise<ProvisionedDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
    return {
      config: { kind: 'sqlite', file: join(dir, 'qc.sqlite') },
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  return postgresDatabase(`${prefix.replace(/-/g, '_')}_${randomBytes(6).toString('hex')}`, '');
}

/** Creates `name` (optionally `TEMPLATE x`) and returns its config and its dropper. */
export async function postgresDatabase(name: string, createSuffix: string): Promise<ProvisionedDatabase> {
  await adminQuery(`CREATE DATABASE ${name}${createSuffix}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgres', url: url.toString() },
    dispose: async () => {
      await untilDisconnected(name);
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

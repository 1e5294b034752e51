import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../../sync-server/app';
import { migrateToLatest } from '../../sync-server/db/migrate';
import { openDatabase, type Database, type DatabaseConfig } from '../../sync-server/db/open';
import { seedDemo } from '../../sync-server/seed/demo';

/**
 * Builds the real server against a fresh database of either engine: a SQLite file in a temp
 * directory, or a throw-away PostgreSQL database (created here, dropped WITH (FORCE) on close).
 * Tests talk to it only through `app.inject`, exactly as a phone would over HTTP.
 */
export type DbKind = 'sqlite' | 'postgres';
export const DB_KINDS: DbKind[] = ['sqlite', 'postgres'];

const ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface HarnessOptions {
  now?: () => Date;
  staticDir?: string;
  /** Runs once on the fresh, unmigrated database before the normal start (upgrade tests). */
  before?: (database: Database) => Promise<void>;
}

export interface Harness {
  kind: DbKind;
  app: FastifyInstance;
  database: Database;
  /** Closes app and database and opens the same storage again (migrate + seed), as a restart does. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

async function adminQuery(text: string, values: unknown[] = []): Promise<unknown[]> {
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
async function untilDisconnected(name: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const rows = await adminQuery('SELECT 1 FROM pg_stat_activity WHERE datname = $1', [name]);
    if (rows.length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function provision(kind: DbKind): Promise<{ config: DatabaseConfig; dispose(): Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'qc-server-test-'));
    return {
      config: { kind: 'sqlite', file: join(dir, 'qc.sqlite') },
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `qc_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
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

export async function createHarness(kind: DbKind, options: HarnessOptions = {}): Promise<Harness> {
  const storage = await provision(kind);
  let before = options.before;
  const start = async () => {
    const database = openDatabase(storage.config);
    await before?.(database);
    before = undefined;
    await migrateToLatest(database.db);
    await seedDemo(database);
    const app = await buildApp({ db: database, now: options.now, staticDir: options.staticDir });
    return { database, app };
  };
  const harness: Harness = {
    kind,
    ...(await start()),
    async restart() {
      await harness.app.close();
      await harness.database.close();
      Object.assign(harness, await start());
    },
    async close() {
      await harness.app.close();
      await harness.database.close();
      await storage.dispose();
    },
  };
  return harness;
}

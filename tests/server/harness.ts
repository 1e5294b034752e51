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
}

export interface Harness {
  kind: DbKind;
  app: FastifyInstance;
  database: Database;
  /** Closes app and database and opens the same storage again (migrate + seed), as a restart does. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
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
    dispose: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export async function createHarness(kind: DbKind, options: HarnessOptions = {}): Promise<Harness> {
  const storage = await provision(kind);
  const start = async () => {
    const database = openDatabase(storage.config);
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

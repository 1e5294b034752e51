import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../sync-server/app';
import { migrateToLatest } from '../../sync-server/db/migrate';
import { openDatabase, type Database } from '../../sync-server/db/open';
import { seedDemo } from '../../sync-server/seed/demo';
import { provisionDatabase, type DbKind } from '../support/test-database';

/**
 * Builds the real server against a fresh database of either engine: a SQLite file in a temp
 * directory, or a throw-away PostgreSQL database (created here, dropped WITH (FORCE) on close).
 * Tests talk to it only through `app.inject`, exactly as a phone would over HTTP.
 */
export { DB_KINDS, type DbKind } from '../support/test-database';

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

export async function createHarness(kind: DbKind, options: HarnessOptions = {}): Promise<Harness> {
  const storage = await provisionDatabase(kind, 'qc-test');
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

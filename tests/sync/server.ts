import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { User } from '../../src/shared/schema/user';
import { buildApp } from '../../sync-server/app';
import { fsPhotoStorage } from '../../sync-server/blobs/photo-storage';
import { migrateToLatest } from '../../sync-server/db/migrate';
import { openDatabase, type Database, type DatabaseConfig } from '../../sync-server/db/open';
import { insertUser } from '../../sync-server/db/records';
import { writeTransaction } from '../../sync-server/db/write-transaction';
import { FACTORY } from '../../sync-server/seed/demo-ids';
import { seedDemo } from '../../sync-server/seed/demo';
import { hashPassword } from '../../sync-server/services/passwords';
import { postgresDatabase, provisionDatabase, type DbKind } from '../support/test-database';

/**
 * The real server in this process: `buildApp` over a fresh SQLite file or a throw-away
 * PostgreSQL database, photo bytes in a temp DATA_DIR. Devices reach it only through
 * `app.inject`; the tests read its database directly (Kysely) to check the invariants.
 */
export { DB_KINDS, type DbKind } from '../support/test-database';

/** Server and phone clocks start here unless a test moves them. */
export const START = Date.UTC(2026, 10, 22, 8);

export interface SyncServer {
  kind: DbKind;
  app: FastifyInstance;
  database: Database;
  /** The server's clock; tests move it (session expiry). */
  clock: { t: number };
  /** A second inspector (same factories as the demo one), for two-inspector tests. */
  addInspector(username: string): Promise<User>;
  close(): Promise<void>;
}

/**
 * A migrated, seeded database to copy (fuzz: hundreds of fresh servers). SQLite: a file copied
 * per server; PostgreSQL: a template database (CREATE DATABASE … TEMPLATE), dropped by `dispose`.
 */
export interface Template {
  kind: DbKind;
  config: DatabaseConfig;
  /** Session cookies made on the template, valid in every copy (saves scrypt per phone). */
  cookies: Record<string, string>;
  dispose(): Promise<void>;
}

export async function createTemplate(kind: DbKind): Promise<Template> {
  const storage = await provisionDatabase(kind, 'qc-sync');
  const database = openDatabase(storage.config);
  await migrateToLatest(database.db);
  await seedDemo(database);
  const app = await buildApp({
    db: database,
    now: () => new Date(START),
    photoStorage: fsPhotoStorage(tmpdir()),
  });
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'inspector', password: 'demo-inspector' },
  });
  const token = login.cookies.find((c) => c.name === 'qc_session')?.value;
  await app.close();
  await database.close();
  const cookies: Record<string, string> = token ? { inspector: `qc_session=${token}` } : {};
  return { kind, config: storage.config, cookies, dispose: storage.dispose };
}

async function fromTemplate(
  template: Template,
): Promise<{ config: DatabaseConfig; dispose(): Promise<void> }> {
  const config = template.config;
  if (config.kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'qc-sync-db-'));
    const file = join(dir, 'qc.sqlite');
    copyFileSync(config.file, file);
    return {
      config: { kind: 'sqlite', file },
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `qc_sync_${randomBytes(6).toString('hex')}`;
  return postgresDatabase(name, ` TEMPLATE ${new URL(config.url).pathname.slice(1)}`);
}

export async function startSyncServer(kind: DbKind, template?: Template): Promise<SyncServer> {
  const storage = template ? await fromTemplate(template) : await provisionDatabase(kind, 'qc-sync');
  const dataDir = mkdtempSync(join(tmpdir(), 'qc-sync-data-'));
  const database = openDatabase(storage.config);
  if (!template) {
    await migrateToLatest(database.db);
    await seedDemo(database);
  }
  const clock = { t: START };
  const app = await buildApp({
    db: database,
    now: () => new Date(clock.t),
    photoStorage: fsPhotoStorage(dataDir),
  });
  return {
    kind,
    app,
    database,
    clock,
    async addInspector(username) {
      const user: User = {
        id: `0190f3a0-0200-7000-8000-${randomBytes(6).toString('hex')}`,
        username,
        displayName: username,
        role: 'inspector',
        factoryIds: [FACTORY.huamei, FACTORY.lida],
      };
      const hash = await hashPassword(`demo-${username}`);
      await writeTransaction(database, (trx) => insertUser(trx, user, hash));
      return user;
    },
    async close() {
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
      await storage.dispose();
    },
  };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HealthResponse } from '../../src/shared/api';
import { migrateToLatest } from '../../sync-server/db/migrate';
import type { Schema } from '../../sync-server/db/schema';
import { seedDemo } from '../../sync-server/seed/demo';
import { countRows } from './builders';
import { createHarness, DB_KINDS, type Harness } from './harness';

const TABLES: (keyof Schema)[] = [
  'factories',
  'users',
  'orders',
  'spec_sheets',
  'defect_libraries',
  'checklists',
];

const counts = async (h: Harness) =>
  Object.fromEntries(
    await Promise.all(
      [...TABLES, 'change_log' as const].map(async (t) => [t, await countRows(h.database, t)]),
    ),
  );

describe.each(DB_KINDS)('startup on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(kind);
  });
  afterAll(() => h.close());

  it('health reports ok, the database engine in use and the package version', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(HealthResponse.parse(res.json())).toEqual({ status: 'ok', database: kind, version: '0.1.0' });
  });

  it('seeds two factories, four users, six orders and one spec sheet per style', async () => {
    expect(await counts(h)).toMatchObject({
      factories: 2,
      users: 4,
      orders: 6,
      spec_sheets: 6,
      defect_libraries: 1,
      checklists: 1,
    });
  });

  it('logs every seeded record in the change log so phones can pull it', async () => {
    const c = await counts(h);
    const records = TABLES.reduce((sum, t) => sum + (c[t] as number), 0);
    expect(c.change_log).toBe(records);
  });

  it('running the seed again adds nothing', async () => {
    const before = await counts(h);
    expect(await seedDemo(h.database)).toEqual({ inserted: 0 });
    expect(await counts(h)).toEqual(before);
  });

  it('a restart re-runs migrations and seed without error or new rows', async () => {
    const before = await counts(h);
    await h.restart();
    expect(await migrateToLatest(h.database.db)).toEqual([]);
    expect(await counts(h)).toEqual(before);
    const res = await h.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
  });

  it('an unknown route answers 404 in the error format while unknown API routes stay behind the guard', async () => {
    const api = await h.app.inject({ method: 'GET', url: '/api/health/nope' });
    expect(api.statusCode).toBe(401);
    const other = await h.app.inject({ method: 'GET', url: '/nothing-here' });
    expect(other.statusCode).toBe(404);
    expect(other.json()).toEqual({ error: { code: 'not-found', message: expect.any(String) } });
  });
});

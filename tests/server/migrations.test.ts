import { randomUUID } from 'node:crypto';
import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inspection } from '../../src/shared/schema/inspection';
import * as initial from '../../sync-server/db/migrations/2026_11_22_0001_initial';
import { migrateToLatest } from '../../sync-server/db/migrate';
import type { Database } from '../../sync-server/db/open';
import { insertInspection } from '../../sync-server/db/records';
import { writeTransaction } from '../../sync-server/db/write-transaction';
import { seedDemo } from '../../sync-server/seed/demo';
import { inspectionFor, seededOrder } from './builders';
import { hlcAt, update } from './evidence-builders';
import { createHarness, DB_KINDS, type Harness } from './harness';
import { loginCookie, push } from './http';

describe.each(DB_KINDS)('upgrading a database from the first schema on %s', (kind) => {
  let h: Harness;
  // Stored before the contract grew `planOverrideReason`, as an early database holds it.
  const { planOverrideReason: _dropped, ...oldHeader } = inspectionFor(seededOrder('shirt'));

  /** The database as the first release left it: schema 0001, demo data and one inspection. */
  const firstRelease = async (database: Database) => {
    const provider = { getMigrations: async () => ({ '2026_11_22_0001_initial': initial }) };
    const { error } = await new Migrator({ db: database.db, provider }).migrateToLatest();
    if (error) throw error;
    await seedDemo(database);
    await writeTransaction(database, (trx) => insertInspection(trx, oldHeader as Inspection));
  };

  beforeAll(async () => {
    h = await createHarness(kind, { before: firstRelease });
  });
  afterAll(() => h.close());

  it('gives an inspection stored before the evidence migration empty field clocks', async () => {
    const row = await h.database.db
      .selectFrom('inspections')
      .select('field_clocks')
      .where('id', '=', oldHeader.id)
      .executeTakeFirstOrThrow();
    expect(row.field_clocks).toBe('{}');
    expect(await migrateToLatest(h.database.db)).toEqual([]);
  });

  it('merges an update into a header stored without planOverrideReason', async () => {
    const inspector = await loginCookie(h.app, 'inspector');
    const at = hlcAt('2026-11-22T09:00:00Z', 'phone-a');
    const res = await push(h.app, inspector, randomUUID(), [update(1, oldHeader.id, { cartons: 77 }, at)]);
    expect(res.body.results).toEqual([{ seq: 1, status: 'applied' }]);
    const row = await h.database.db
      .selectFrom('inspections')
      .select(['data', 'field_clocks'])
      .where('id', '=', oldHeader.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.data)).toEqual({ ...oldHeader, cartons: 77, planOverrideReason: null });
    expect(JSON.parse(row.field_clocks)).toEqual({ cartons: at });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QcDb } from '../../src/db/db';
import { getPullCursor, setPullCursor } from '../../src/db/meta';
import { addDefect } from '../../src/db/repositories/defects';
import { startInspection } from '../../src/db/repositories/inspections';
import { createSyncEngine } from '../../src/sync/engine';
import { createApi } from '../../src/sync/http';
import { pullChanges } from '../../src/sync/pull';
import { json, scriptedFetch, type SentRequest } from './fake-fetch';
import { buildDefect, buildFactory, buildOrder, freshDb, newTestId } from './fixtures';

let db: QcDb;

const engineWith = (pull: (request: SentRequest) => Response, push?: (request: SentRequest) => Response) => {
  const fake = scriptedFetch({ pull, push });
  const engine = createSyncEngine({ db, fetch: fake.fetch, now: Date.now, locks: null, pullLimit: 2 });
  return { engine, sent: fake.sent };
};

const page = (changes: unknown[], cursor: number, hasMore = false, reset = false) =>
  json(200, { changes, cursor, hasMore, reset });

beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

describe('sync engine pull', () => {
  it('pages from the stored cursor and upserts each record into its table', async () => {
    const factory = buildFactory();
    const order = buildOrder({ factoryId: factory.id });
    const newer = { ...order, version: order.version + 1 };
    await setPullCursor(db, 7);
    const pages = [
      page(
        [
          { cursor: 8, entity: 'factory', id: factory.id, data: factory },
          { cursor: 9, entity: 'order', id: order.id, data: order },
        ],
        9,
        true,
      ),
      page([{ cursor: 10, entity: 'order', id: order.id, data: newer }], 10),
    ];
    const { engine, sent } = engineWith(() => pages.shift()!);
    const report = await engine.syncOnce();
    expect(report).toMatchObject({ ok: true, pulled: 3 });
    expect(sent.map((r) => r.path)).toEqual([
      '/api/sync/pull?cursor=7&limit=2',
      '/api/sync/pull?cursor=9&limit=2',
    ]);
    expect(await db.factories.get(factory.id)).toEqual(factory);
    expect(await db.orders.get(order.id)).toEqual(newer);
    expect(await getPullCursor(db)).toBe(10);
  });

  it('writes a page and its cursor in one transaction: a failed write moves neither', async () => {
    const factory = buildFactory();
    const order = buildOrder();
    const { engine } = engineWith(() =>
      page(
        [
          { cursor: 1, entity: 'factory', id: factory.id, data: factory },
          { cursor: 2, entity: 'order', id: order.id, data: order },
        ],
        2,
      ),
    );
    const fail = () => {
      throw new Error('simulated quota error');
    };
    db.orders.hook('creating', fail);
    const report = await engine.syncOnce();
    db.orders.hook('creating').unsubscribe(fail);
    expect(report.ok).toBe(false);
    expect(await db.factories.count()).toBe(0);
    expect(await getPullCursor(db)).toBe(0);
  });

  it('skips records that do not match the shared schema without blocking the rest', async () => {
    const factory = buildFactory();
    const { engine } = engineWith(() =>
      page(
        [
          { cursor: 1, entity: 'order', id: factory.id, data: { id: factory.id, po: '' } },
          { cursor: 2, entity: 'factory', id: factory.id, data: factory },
        ],
        2,
      ),
    );
    expect((await engine.syncOnce()).ok).toBe(true);
    expect(await db.orders.count()).toBe(0);
    expect(await db.factories.count()).toBe(1);
  });

  it('on reset clears pulled data but keeps the outbox and unsynced local work, then pulls from 0', async () => {
    const order = buildOrder();
    const stale = buildOrder();
    const syncedDefect = buildDefect();
    await db.orders.bulkPut([order, stale]);
    await db.defects.put(syncedDefect);
    await setPullCursor(db, 99);
    const inspection = await startInspection(db, {
      orderId: order.id,
      inspectorId: newTestId(),
      stage: 'inline',
      lotSize: 500,
      cartons: 10,
    });
    const defect = await addDefect(db, { inspectionId: inspection.id, code: 'FAB-001', severity: 'major' });
    const pages = [
      page([], 0, false, true),
      page([{ cursor: 1, entity: 'order', id: order.id, data: order }], 1),
    ];
    const fake = scriptedFetch({ pull: () => pages.shift()! });
    // Called directly: with a working push the outbox would be empty before the pull runs.
    const tally = await pullChanges({ db, api: createApi(fake.fetch), limit: 100, log: () => {} });
    expect(tally).toMatchObject({ resets: 1, pulled: 1 });
    expect(fake.sent.map((r) => r.path)).toEqual([
      '/api/sync/pull?cursor=99&limit=100',
      '/api/sync/pull?cursor=0&limit=100',
    ]);
    expect(await db.outbox.count()).toBe(2);
    expect(await db.inspections.get(inspection.id)).toEqual(inspection);
    expect(await db.defects.get(defect.id)).toEqual(defect);
    expect(await db.defects.get(syncedDefect.id)).toBeUndefined();
    expect((await db.orders.toArray()).map((o) => o.id)).toEqual([order.id]);
    expect(await getPullCursor(db)).toBe(1);
  });

  it('does not overwrite a record whose own mutation is still queued', async () => {
    const order = buildOrder();
    await db.orders.put(order);
    const inspection = await startInspection(db, {
      orderId: order.id,
      inspectorId: newTestId(),
      stage: 'final',
      lotSize: 500,
      cartons: 10,
    });
    const serverCopy = { ...inspection, lotSize: 9999 };
    const fake = scriptedFetch({
      pull: () => page([{ cursor: 5, entity: 'inspection', id: inspection.id, data: serverCopy }], 5),
    });
    await pullChanges({ db, api: createApi(fake.fetch), limit: 100, log: () => {} });
    expect(await db.inspections.get(inspection.id)).toEqual(inspection);
    expect(await getPullCursor(db)).toBe(5);
  });
});

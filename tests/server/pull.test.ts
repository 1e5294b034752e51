import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PullResponse, type Change } from '../../src/shared/sync-protocol';
import { insertEvidence } from '../../sync-server/db/evidence';
import { DEFECTS } from '../../sync-server/db/evidence-kinds';
import { writeTransaction } from '../../sync-server/db/write-transaction';
import { FACTORY } from '../../sync-server/seed/demo-ids';
import { addDefect, countRows, defectFor, inspectionFor, ORDER, seededOrder, start, USER } from './builders';
import { createHarness, DB_KINDS, type Harness } from './harness';
import { getJson, loginCookie, push } from './http';
import { pullAll } from './pulling';

const idsOf = (changes: Change[], entity: Change['entity']) =>
  [...new Set(changes.filter((c) => c.entity === entity).map((c) => c.id))].sort();

describe.each(DB_KINDS)('pull on %s', (kind) => {
  let h: Harness;
  let office: string;
  let inspector: string;
  let merch: string;
  const onChinos = inspectionFor(seededOrder('chinos'));
  const onShirt = inspectionFor(seededOrder('shirt'));

  beforeAll(async () => {
    h = await createHarness(kind);
    [office, inspector, merch] = await Promise.all([
      loginCookie(h.app, 'office'),
      loginCookie(h.app, 'inspector'),
      loginCookie(h.app, 'merch'),
    ]);
    const res = await push(h.app, inspector, randomUUID(), [
      start(1, onChinos),
      addDefect(2, defectFor(onChinos.id)),
      start(3, onShirt),
      addDefect(4, defectFor(onShirt.id)),
    ]);
    expect(res.body.lastSeq).toBe(4);
  });
  afterAll(() => h.close());

  it('paging with a small limit returns every change exactly once, in order, and terminates', async () => {
    const { changes, cursor, pages } = await pullAll(h, office, 3);
    const cursors = changes.map((c) => c.cursor);
    expect(new Set(cursors).size).toBe(cursors.length);
    expect([...cursors].sort((a, b) => a - b)).toEqual(cursors);
    expect(cursors.length).toBe(await countRows(h.database, 'change_log'));
    expect(cursor).toBe(cursors[cursors.length - 1]);
    expect(pages).toBe(Math.ceil(cursors.length / 3));
  });

  it('a pull from the newest cursor is empty and keeps the cursor', async () => {
    const { cursor } = await pullAll(h, office, 500);
    const res = await getJson(h.app, office, `/api/sync/pull?cursor=${cursor}`);
    expect(res.body).toEqual({ changes: [], cursor, hasMore: false, reset: false });
  });

  it('a cursor beyond the newest change tells the client to reset to 0', async () => {
    const res = await getJson(h.app, office, '/api/sync/pull?cursor=999999999');
    expect(res.body).toEqual({ changes: [], cursor: 0, hasMore: false, reset: true });
  });

  it('an invalid cursor or limit is refused with 400', async () => {
    for (const query of ['cursor=-1', 'limit=0', 'limit=abc', 'cursor=1.5']) {
      const res = await getJson(h.app, office, `/api/sync/pull?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('invalid-request');
    }
  });

  it('an inspector pulls its factories, their orders and inspections, global catalogues and only itself', async () => {
    const { changes } = await pullAll(h, inspector, 4);
    expect(idsOf(changes, 'factory')).toEqual([FACTORY.huamei, FACTORY.lida].sort());
    expect(idsOf(changes, 'order')).toHaveLength(6);
    expect(idsOf(changes, 'inspection')).toEqual([onChinos.id, onShirt.id].sort());
    expect(idsOf(changes, 'defect')).toHaveLength(2);
    expect(idsOf(changes, 'spec_sheet')).toHaveLength(6);
    expect(idsOf(changes, 'defect_library')).toHaveLength(1);
    expect(idsOf(changes, 'checklist')).toHaveLength(1);
    expect(idsOf(changes, 'user')).toEqual([USER.inspector]);
  });

  it('a merchandiser pulls only its own orders and the inspections on them, and paging still ends', async () => {
    const { changes, cursor } = await pullAll(h, merch, 2);
    expect(idsOf(changes, 'order')).toEqual([ORDER.shirt, ORDER.tee, ORDER.hoodie].sort());
    expect(idsOf(changes, 'inspection')).toEqual([onShirt.id]);
    expect(changes.filter((c) => c.entity === 'defect').map((c) => c.data.inspectionId)).toEqual([
      onShirt.id,
    ]);
    expect(idsOf(changes, 'factory')).toEqual([FACTORY.huamei]);
    expect(idsOf(changes, 'user')).toEqual([USER.merch]);
    // The out-of-scope tail (the chinos inspection) is skipped over, not re-scanned forever.
    const last = await getJson(h.app, office, '/api/sync/pull?cursor=0&limit=1000');
    expect(cursor).toBe(last.body.cursor);
  });

  it('a puller with small pages misses no row while several devices push at once', async () => {
    const { cursor: startCursor } = await pullAll(h, office, 1000);
    const seen: number[] = [];
    let cursor = startCursor;
    let pushing = true;
    const pushers = Array.from({ length: 4 }, async () => {
      const clientId = randomUUID();
      const inspection = inspectionFor(seededOrder('tee'));
      await push(h.app, inspector, clientId, [start(1, inspection)]);
      for (let seq = 2; seq <= 9; seq++)
        await push(h.app, inspector, clientId, [addDefect(seq, defectFor(inspection.id))]);
    });
    const puller = (async () => {
      while (pushing) {
        const page = PullResponse.parse(
          (await getJson(h.app, office, `/api/sync/pull?cursor=${cursor}&limit=2`)).body,
        );
        seen.push(...page.changes.map((c) => c.cursor));
        cursor = page.cursor;
        // Yield to the event loop like a network round trip would; otherwise this loop of
        // in-process injects can starve the pushers' request bodies.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await Promise.all(pushers).finally(() => (pushing = false));
    await puller;
    const rest = await pullAll(h, office, 2, cursor);
    seen.push(...rest.changes.map((c) => c.cursor));
    const logged = await h.database.db
      .selectFrom('change_log')
      .select('cursor')
      .where('cursor', '>', startCursor)
      .execute();
    expect(seen).toEqual(logged.map((r) => Number(r.cursor)).sort((a, b) => a - b));
    expect(seen).toHaveLength(4 * 9);
  });

  it('never skips a change whose transaction took its cursor first but committed last', async () => {
    const { cursor: from } = await pullAll(h, office, 1000);
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const scope = { factoryId: onShirt.factoryId, orderId: onShirt.orderId };
    // A writer that has taken its change-log cursor but has not committed yet…
    const slow = writeTransaction(h.database, async (trx) => {
      await insertEvidence(trx, DEFECTS, defectFor(onShirt.id), scope);
      await gate;
    });
    await sleep(50);
    // …while a second writer commits and a puller reads in between.
    const fast = push(h.app, inspector, randomUUID(), [start(1, inspectionFor(seededOrder('tee')))]);
    await sleep(50);
    const between = getJson(h.app, office, `/api/sync/pull?cursor=${from}&limit=10`);
    await sleep(50);
    release();
    await Promise.all([slow, fast]);
    const first = PullResponse.parse((await between).body);
    const rest = await pullAll(h, office, 10, first.cursor);
    const seen = [...first.changes, ...rest.changes].map((c) => c.cursor);
    expect(seen).toHaveLength(2);
    expect(new Set(seen).size).toBe(2);
  });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

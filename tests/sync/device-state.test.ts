import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { defect, edit, start } from './actions';
import { isPush } from './faults';
import { DB_KINDS } from './server';
import { openWorld, type World } from './world';

let world: World;
afterEach(async () => world?.close());

const DAY = 24 * 3600_000;

describe.each(DB_KINDS)('the phone between runs on %s', (kind) => {
  it('an outbox restored to before the server acknowledged it is answered as duplicates and drained (failure 8)', async () => {
    world = await openWorld(kind);
    const phone = await world.phone();
    const inspection = await start(phone);
    for (let i = 0; i < 4; i++) await defect(phone, inspection.id);
    const before = await phone.db.outbox.toArray();
    expect((await phone.sync()).ok).toBe(true);
    // The browser died after the server's answer, before the outbox deletions were durable.
    await phone.db.outbox.bulkPut(before);
    await defect(phone, inspection.id);
    expect(await phone.sync()).toMatchObject({ ok: true, pushed: 6, rejected: 0 });
    await world.settleAndCheck();
  });

  it('a header edited while the phone clock steps backwards keeps the later edit (failure 16)', async () => {
    world = await openWorld(kind);
    const phone = await world.phone();
    const inspection = await start(phone);
    await edit(phone, inspection.id, { lotSize: 1100 });
    phone.clock.t -= 2 * 3600_000;
    await edit(phone, inspection.id, { lotSize: 1300 });
    phone.clock.t -= 3 * DAY;
    await edit(phone, inspection.id, { cartons: 77 });
    await world.settleAndCheck();
    expect(await phone.db.inspections.get(inspection.id)).toMatchObject({ lotSize: 1300, cartons: 77 });
  });

  // KNOWN GAP (reported, not fixed): phones never observe the HLCs of header writes they pull
  // (pulled inspections carry no field clocks), so an edit made after seeing a fast phone's
  // edit loses to it, silently. `it.fails` flips to red once the protocol carries the clocks.
  it.fails(
    'an edit made after pulling a fast-clocked phone’s edit of that field wins (failure 16)',
    async () => {
      world = await openWorld(kind);
      const fast = await world.phone({ name: 'fast', t: Date.UTC(2026, 10, 23, 8) });
      const slow = await world.phone({ name: 'slow' });
      const inspection = await start(fast);
      await edit(fast, inspection.id, { lotSize: 1200 });
      await fast.settle();
      await slow.sync();
      await edit(slow, inspection.id, { lotSize: 1500 });
      await world.settleAndCheck();
      expect(await fast.db.inspections.get(inspection.id)).toMatchObject({ lotSize: 1500 });
    },
  );

  it('a phone whose clock is days behind still has every mutation stored once, in seq order (failure 16)', async () => {
    world = await openWorld(kind);
    const slow = await world.phone({ name: 'slow', t: Date.UTC(2026, 10, 22, 8) - 9 * DAY });
    const fast = await world.phone({ name: 'fast', t: Date.UTC(2026, 10, 22, 8) + 2 * DAY });
    const [a, b] = [await start(slow), await start(fast, 'tee')];
    for (let i = 0; i < 5; i++) {
      await defect(slow, a.id);
      await defect(fast, b.id);
    }
    await world.settleAndCheck();
  });

  it('a session that expires between two batches keeps the queue; signing in again continues it (failure 17)', async () => {
    world = await openWorld(kind);
    const phone = await world.phone({ batchSize: 3 });
    const inspection = await start(phone);
    for (let i = 0; i < 8; i++) await defect(phone, inspection.id);
    let pushes = 0;
    phone.faults.setPolicy((request) => {
      if (isPush(request) && ++pushes === 2) world.server.clock.t += 91 * DAY;
      return null;
    });
    const expired = await phone.sync();
    expect(expired.status.state).toBe('auth-required');
    expect(await phone.db.outbox.count()).toBe(6);
    phone.faults.setPolicy(null);
    await phone.login('inspector');
    await world.settleAndCheck();
  });

  it('an app update reopening the database with a newer Dexie version keeps a full outbox (failure 17)', async () => {
    world = await openWorld(kind);
    const phone = await world.phone();
    const inspection = await start(phone);
    for (let i = 0; i < 20; i++) await defect(phone, inspection.id);
    const tables = [
      'meta',
      'outbox',
      'inspections',
      'defects',
      'orders',
      'specSheets',
      'checklists',
      'factories',
      'users',
    ];
    const dump = Object.fromEntries(
      await Promise.all(tables.map(async (t) => [t, await phone.db.table(t).toArray()])),
    );
    // The same phone as it was on app version 1 (Dexie schema version 1), holding that outbox.
    await phone.db.delete();
    const old = new Dexie(phone.dbName);
    old.version(1).stores(V1_STORES);
    await old.open();
    for (const t of tables) await old.table(t).bulkPut(dump[t] as object[]);
    old.close();
    await phone.reopen();
    expect(phone.db.verno).toBeGreaterThan(1);
    expect(await phone.db.outbox.count()).toBe(21);
    await world.settleAndCheck();
  });
});

const V1_STORES = {
  meta: '&key',
  outbox: '&seq',
  rejected: '&seq',
  factories: '&id',
  users: '&id',
  orders: '&id, po',
  specSheets: '&id',
  defectLibraries: '&id',
  checklists: '&id',
  inspections: '&id, orderId, status',
  defects: '&id, inspectionId',
  decisions: '&id, inspectionId',
};

import { afterEach, describe, expect, it } from 'vitest';
import { addDefect } from '../../src/db/repositories/defects';
import { defect, edit, measure, start } from './actions';
import { DB_KINDS } from './server';
import { openWorld, type World } from './world';

let world: World;
afterEach(async () => world?.close());

describe.each(DB_KINDS)('concurrency on %s', (kind) => {
  it('two tabs of one phone pushing the same outbox at once store every mutation once (failure 5)', async () => {
    world = await openWorld(kind);
    const phone = await world.phone({ batchSize: 3 });
    const tab = phone.openTab();
    const inspection = await start(phone);
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < 4; i++) await defect(phone, inspection.id);
      await addDefect(
        tab.db,
        { inspectionId: inspection.id, code: 'FAB-001', severity: 'minor' },
        { clock: phone.writeClock },
      );
      const [a, b] = await Promise.all([phone.sync(), tab.sync()]);
      expect(a.ok || b.ok).toBe(true);
    }
    await world.settleAndCheck();
    expect(await world.server.database.db.selectFrom('defects').select('id').execute()).toHaveLength(20);
  });

  it('a phone pulling in pages of 2 while two others push concurrently misses no row (failure 6)', async () => {
    world = await openWorld(kind);
    const [a, b] = [await world.phone(), await world.phone()];
    const reader = await world.phone({ pullLimit: 2 });
    const [ia, ib] = [await start(a, 'shirt'), await start(b, 'chinos')];
    const writes = async (phone: typeof a, id: string) => {
      for (let round = 0; round < 5; round++) {
        for (let i = 0; i < 3; i++) await defect(phone, id);
        await phone.sync();
      }
    };
    const reads = async () => {
      for (let round = 0; round < 8; round++) await reader.sync();
    };
    await Promise.all([writes(a, ia.id), writes(b, ib.id), reads()]);
    await world.settleAndCheck();
    expect(await reader.db.defects.count()).toBe(30);
  });

  it('two inspectors on one order, both offline, are unioned whichever syncs first (failure 9)', async () => {
    for (const firstIsA of [true, false]) {
      world = await openWorld(kind);
      await world.server.addInspector('second');
      const a = await world.phone();
      const b = await world.phone({ username: 'second' });
      const [ia, ib] = [await start(a, 'tee'), await start(b, 'tee')];
      for (let i = 0; i < 3; i++) {
        await defect(a, ia.id);
        await defect(b, ib.id, 2);
        await measure(a, ia.id, i + 1, 70 + i);
        await measure(b, ib.id, i + 1, 71 + i);
      }
      const order = firstIsA ? [a, b] : [b, a];
      for (const phone of order) expect((await phone.sync()).ok).toBe(true);
      await world.settleAndCheck();
      expect(await a.db.defects.count()).toBe(6);
      expect(await b.db.measurements.count()).toBe(6);
      await world.close();
    }
  });

  it('one inspector editing the same header field on two phones converges on the later HLC, per field (failure 10)', async () => {
    world = await openWorld(kind);
    const a = await world.phone({ name: 'a' });
    const b = await world.phone({ name: 'b' });
    const inspection = await start(a);
    await a.settle();
    await b.sync();
    await edit(a, inspection.id, { lotSize: 1200 });
    b.clock.t = a.clock.t + 60_000;
    await edit(b, inspection.id, { lotSize: 1500 });
    await edit(a, inspection.id, { cartons: 55 });
    // b syncs first, a (older lotSize, newer cartons) second: lotSize stays b's, cartons a's.
    await b.sync();
    await a.sync();
    await world.settleAndCheck();
    for (const phone of [a, b])
      expect(await phone.db.inspections.get(inspection.id)).toMatchObject({ lotSize: 1500, cartons: 55 });
  });
});

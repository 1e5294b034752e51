import { afterEach, describe, expect, it } from 'vitest';
import { countRows } from '../server/builders';
import { answer, defect, fakeJpeg, measure, photo, start, undoDefect, type OrderKey } from './actions';
import { isPush } from './faults';
import { DB_KINDS } from './server';
import { openWorld, type World } from './world';

let world: World;
afterEach(async () => world?.close());

describe.each(DB_KINDS)('an offline shift on %s', (kind) => {
  it('an 8-hour shift of ~2,000 mutations and 50 photos drains at once, halving its batch on 413 (failure 14)', async () => {
    world = await openWorld(kind);
    // Batch 1000 is over the server's 500 limit: the real server answers 413 and the phone halves.
    const phone = await world.phone({ batchSize: 1000, photoChunkSize: 64 * 1024 });
    const keys: OrderKey[] = ['shirt', 'tee', 'hoodie', 'chinos', 'jacket'];
    for (const key of keys) {
      const inspection = await start(phone, key);
      for (let i = 0; i < 300; i++) {
        const d = await defect(phone, inspection.id);
        if (i % 10 === 0) await undoDefect(phone, d.id);
      }
      for (let i = 0; i < 50; i++) await measure(phone, inspection.id, (i % 10) + 1, 50 + i / 10);
      for (let i = 0; i < 30; i++) await answer(phone, inspection.id, i);
      for (let i = 0; i < 10; i++) await photo(phone, inspection.id, fakeJpeg(150_000));
    }
    const queued = await phone.db.outbox.count();
    expect(queued).toBeGreaterThan(1900);
    phone.faults.once(isPush, 'too-large');
    const report = await phone.sync();
    expect(report).toMatchObject({
      ok: true,
      pushed: queued,
      rejected: 0,
      photos: { uploaded: 50, failed: 0 },
    });
    expect(await countRows(world.server.database, 'photos')).toBe(50);
    await world.settleAndCheck();
  });
});

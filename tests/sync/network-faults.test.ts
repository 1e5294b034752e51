import { afterEach, describe, expect, it } from 'vitest';
import { defect, start } from './actions';
import { isPull, isPush } from './faults';
import { DB_KINDS } from './server';
import { openWorld, type World } from './world';

let world: World;
afterEach(async () => world?.close());

describe.each(DB_KINDS)('network faults on %s', (kind) => {
  it('a push whose response is lost after the server committed is retried as duplicates and stored once (failure 2)', async () => {
    world = await openWorld(kind);
    const phone = await world.phone();
    const inspection = await start(phone);
    for (let i = 0; i < 5; i++) await defect(phone, inspection.id);
    phone.faults.once(isPush, 'drop-response');
    const lost = await phone.sync();
    expect(lost.status.state).toBe('offline');
    expect(await phone.db.outbox.count()).toBe(6);
    const retry = await phone.sync();
    expect(retry).toMatchObject({ ok: true, pushed: 6, rejected: 0 });
    await world.settleAndCheck();
  });

  it('a push lost before the server saw it is sent again and applied once (failure 2, lost request)', async () => {
    world = await openWorld(kind);
    const phone = await world.phone();
    const inspection = await start(phone);
    await defect(phone, inspection.id);
    phone.faults.once(isPush, 'drop-request');
    expect((await phone.sync()).ok).toBe(false);
    expect(await phone.db.outbox.count()).toBe(2);
    await world.settleAndCheck();
  });

  it('a push delivered twice on the wire is applied once and answered for both copies', async () => {
    world = await openWorld(kind);
    const phone = await world.phone();
    const inspection = await start(phone);
    for (let i = 0; i < 3; i++) await defect(phone, inspection.id);
    phone.faults.once(isPush, 'duplicate');
    expect((await phone.sync()).ok).toBe(true);
    await world.settleAndCheck();
  });

  it('a pull page lost after the server answered leaves the cursor where it was and the next sync catches up', async () => {
    world = await openWorld(kind);
    const writer = await world.phone();
    const reader = await world.phone({ pullLimit: 3 });
    const inspection = await start(writer);
    for (let i = 0; i < 7; i++) await defect(writer, inspection.id);
    await writer.sync();
    reader.faults.once(isPull, 'drop-response');
    expect((await reader.sync()).ok).toBe(false);
    await world.settleAndCheck();
    expect(await reader.db.defects.count()).toBe(7);
  });

  it('a delayed push still lands once when the next sync was coalesced behind it', async () => {
    world = await openWorld(kind);
    const phone = await world.phone();
    const inspection = await start(phone);
    await defect(phone, inspection.id);
    phone.faults.once(isPush, { delayMs: 50 });
    const [a, b] = await Promise.all([phone.sync(), phone.sync()]);
    expect(a.ok && b.ok).toBe(true);
    await world.settleAndCheck();
  });
});

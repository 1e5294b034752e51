import { afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../src/shared/sync-protocol';
import { countRows } from '../server/builders';
import { defect, start } from './actions';
import { injectFetch, type Device } from './device';
import { DB_KINDS } from './server';
import { openWorld, type World } from './world';

let world: World;
afterEach(async () => world?.close());

/** Sends a push body straight to the server with the phone's cookie, bypassing its engine. */
const rawPush = async (phone: Device, body: string) => {
  const res = await injectFetch(world.server.app, phone.jar)('/api/sync/push', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

const pushOf = async (phone: Device, seqs: number[]) =>
  JSON.stringify({
    protocolVersion: PROTOCOL_VERSION,
    clientId: await phone.clientId(),
    mutations: (await phone.db.outbox.bulkGet(seqs)).map((e) => ({
      seq: e?.seq,
      name: e?.name,
      args: e?.args,
    })),
  });

describe.each(DB_KINDS)('ordering on %s', (kind) => {
  it('an old batch replayed after newer ones is answered as duplicates and changes nothing (failure 3)', async () => {
    world = await openWorld(kind);
    const phone = await world.phone({ batchSize: 2 });
    const inspection = await start(phone);
    for (let i = 0; i < 5; i++) await defect(phone, inspection.id);
    expect((await phone.sync()).ok).toBe(true);
    const [oldest] = phone.faults.pushBodies();
    const changes = await countRows(world.server.database, 'change_log');
    const replay = await rawPush(phone, oldest as string);
    expect(replay.status).toBe(200);
    expect((replay.body.results as { status: string }[]).map((r) => r.status)).toEqual([
      'duplicate',
      'duplicate',
    ]);
    expect(await countRows(world.server.database, 'change_log')).toBe(changes);
    await world.settleAndCheck();
  });

  it('a replayed seq with different content is refused as replay-mismatch and stores nothing (failure 3)', async () => {
    world = await openWorld(kind);
    const phone = await world.phone();
    const inspection = await start(phone);
    await defect(phone, inspection.id);
    const body = await pushOf(phone, [1, 2]);
    expect((await phone.sync()).ok).toBe(true);
    const tampered = body.replace('"quantity":1', '"quantity":9');
    const replay = await rawPush(phone, tampered);
    expect(replay.body.results).toEqual([
      { seq: 1, status: 'duplicate' },
      { seq: 2, status: 'rejected', code: 'replay-mismatch' },
    ]);
    await world.settleAndCheck();
  });

  it('a later batch arriving before an earlier one is refused whole as a sequence gap, then both land in order (failure 4)', async () => {
    world = await openWorld(kind);
    const phone = await world.phone();
    const inspection = await start(phone);
    for (let i = 0; i < 5; i++) await defect(phone, inspection.id);
    const early = await rawPush(phone, await pushOf(phone, [4, 5, 6]));
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({ code: 'sequence-gap', details: { expectedSeq: 1 } });
    expect(await countRows(world.server.database, 'defects')).toBe(0);
    const late = await rawPush(phone, await pushOf(phone, [1, 2, 3]));
    expect(late.status).toBe(200);
    await world.settleAndCheck();
  });

  it('a batch with a hole in its seqs is rolled back whole; the phone keeps its outbox and stops rather than skip (failure 4)', async () => {
    world = await openWorld(kind);
    const phone = await world.phone();
    const inspection = await start(phone);
    await defect(phone, inspection.id);
    await defect(phone, inspection.id);
    const holed = await rawPush(phone, await pushOf(phone, [1, 3]));
    expect(holed.status).toBe(409);
    expect(await countRows(world.server.database, 'inspections')).toBe(0);
    // The phone never makes a hole itself; when the server expects a seq the phone no longer has
    // (below its outbox), it refuses to guess: nothing is dropped.
    const saved = await phone.db.outbox.get(1);
    await phone.db.outbox.delete(1);
    const stuck = await phone.sync();
    expect(stuck.status.lastError).toBe('sequence-gap');
    expect(await phone.db.outbox.count()).toBe(2);
    await phone.db.outbox.put(saved as NonNullable<typeof saved>);
    await world.settleAndCheck();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { ORDER } from '../../sync-server/seed/demo-ids';
import { countRows } from '../server/builders';
import { defect, invalidDefect, measure, signAndSubmit, start } from './actions';
import { isPush } from './faults';
import { decideApprove, editOrder, officeFlags } from './office';
import { DB_KINDS } from './server';
import { openWorld, type World } from './world';

let world: World;
afterEach(async () => world?.close());

describe.each(DB_KINDS)('rejections and office changes on %s', (kind) => {
  it('an edit after submit is rejected inspection-locked, shown on the phone, and later mutations still apply (failure 13)', async () => {
    world = await openWorld(kind);
    const a = await world.phone({ name: 'a' });
    const b = await world.phone({ name: 'b' });
    const inspection = await start(a);
    await a.settle();
    await b.sync();
    await signAndSubmit(a, inspection.id);
    await a.settle();
    const late = await defect(b, inspection.id);
    const other = await start(b, 'tee');
    await defect(b, other.id);
    const report = await b.sync();
    expect(report).toMatchObject({ ok: true, rejected: 1 });
    expect((await b.db.rejected.toArray()).map((r) => [r.args.id, r.code])).toEqual([
      [late.id, 'inspection-locked'],
    ]);
    await world.settleAndCheck();
  });

  it('a mutation failing validation is rejected invalid-mutation and the queue keeps moving (failure 13)', async () => {
    world = await openWorld(kind);
    const phone = await world.phone();
    const inspection = await start(phone);
    await defect(phone, inspection.id);
    await invalidDefect(phone, inspection.id);
    await defect(phone, inspection.id);
    expect(await phone.sync()).toMatchObject({ ok: true, pushed: 3, rejected: 1 });
    expect((await phone.db.rejected.toArray()).map((r) => r.code)).toEqual(['invalid-mutation']);
    await world.settleAndCheck();
  });

  it('a rejection whose response was lost is still shown on the phone when the retry answers duplicate (failure 2 + 13)', async () => {
    world = await openWorld(kind);
    const phone = await world.phone();
    const inspection = await start(phone);
    await invalidDefect(phone, inspection.id);
    phone.faults.once(isPush, 'drop-response');
    expect((await phone.sync()).ok).toBe(false);
    await world.settleAndCheck();
    expect((await phone.db.rejected.toArray()).map((r) => r.code)).toEqual(['invalid-mutation']);
  });

  it('evidence collected while the office edited and then cancelled the order is still accepted (failure 11)', async () => {
    world = await openWorld(kind);
    const phone = await world.phone();
    const inspection = await start(phone, 'hoodie');
    await phone.settle();
    await editOrder(world.server, ORDER.hoodie, { exFactoryDate: '2027-01-15' });
    for (let i = 0; i < 3; i++) await measure(phone, inspection.id, i + 1, 60);
    await editOrder(world.server, ORDER.hoodie, { status: 'cancelled' });
    await defect(phone, inspection.id);
    expect(await phone.sync()).toMatchObject({ ok: true, rejected: 0 });
    await world.settleAndCheck();
    expect(await phone.db.orders.get(ORDER.hoodie)).toMatchObject({ status: 'cancelled' });
    expect(await phone.db.inspections.get(inspection.id)).toMatchObject({
      orderVersion: inspection.orderVersion,
    });
  });

  it('evidence arriving after the office approved is stored and raises late_after_approval; the approval is unchanged (failure 12, I5)', async () => {
    world = await openWorld(kind);
    const a = await world.phone({ name: 'a' });
    const b = await world.phone({ name: 'b' });
    const inspection = await start(a);
    await defect(a, inspection.id);
    await a.settle();
    await b.sync();
    await signAndSubmit(a, inspection.id);
    await a.settle();
    const decision = await decideApprove(world.server, inspection.id);
    expect(await officeFlags(world.server, inspection.id)).not.toContain('late_after_approval');
    await defect(b, inspection.id, 4);
    expect(await b.sync()).toMatchObject({ ok: true, rejected: 0 });
    await world.settleAndCheck();
    expect(await countRows(world.server.database, 'defects')).toBe(2);
    expect(await officeFlags(world.server, inspection.id)).toContain('late_after_approval');
    for (const phone of [a, b]) expect(await phone.db.decisions.get(decision.id)).toEqual(decision);
  });
});

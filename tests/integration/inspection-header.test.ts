import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QcDb } from '../../src/db/db';
import { getClientId } from '../../src/db/meta';
import {
  InspectionLockedError,
  LAST_HLC_KEY,
  PlanReasonRequiredError,
  startInspection,
  updateInspection,
} from '../../src/db/repositories/inspections';
import type { WriteClock } from '../../src/db/repositories/outbox';
import { planFormToPatch, toFormValues } from '../../src/features/plans/plan-form';
import { decodeHlc } from '../../src/shared/hlc';
import { Mutation } from '../../src/shared/sync-protocol';
import { buildOrder, freshDb, newTestId } from './fixtures';

let db: QcDb;
const order = buildOrder();

/** A clock the test moves by hand, including backwards. */
const manualClock = (iso: string) => {
  let now = new Date(iso).getTime();
  const clock: WriteClock & { set: (iso: string) => void } = {
    now: () => new Date(now),
    set: (next) => {
      now = new Date(next).getTime();
    },
  };
  return clock;
};

const start = () =>
  startInspection(db, {
    orderId: order.id,
    inspectorId: newTestId(),
    stage: 'final',
    lotSize: 1000,
    cartons: 40,
  });

const updates = async () =>
  (await db.outbox.orderBy('seq').toArray()).filter((e) => e.name === 'inspection.update');

beforeEach(async () => {
  db = freshDb();
  await db.orders.put(order);
});
afterEach(async () => {
  await db.delete();
});

describe('inspection header updates', () => {
  it('an update writes the patched record and one inspection.update outbox entry together', async () => {
    const inspection = await start();
    const updated = await updateInspection(db, inspection.id, { lotSize: 1200, cartons: 48 });
    expect(updated).toMatchObject({ lotSize: 1200, cartons: 48 });
    expect(await db.inspections.get(inspection.id)).toEqual(updated);
    const [entry] = await updates();
    expect(entry).toMatchObject({
      seq: 2,
      args: { id: inspection.id, patch: { lotSize: 1200, cartons: 48 } },
    });
    const { createdAt: _createdAt, ...wire } = entry!;
    expect(Mutation.parse(wire)).toEqual(wire);
  });

  it('the HLC node is this device and the last HLC is kept in meta', async () => {
    const inspection = await start();
    await updateInspection(db, inspection.id, { stage: 'inline' });
    const [entry] = await updates();
    const hlc = entry?.name === 'inspection.update' ? entry.args.hlc : '';
    expect(decodeHlc(hlc).node).toBe(await getClientId(db));
    expect((await db.meta.get(LAST_HLC_KEY))?.value).toBe(hlc);
  });

  it('HLCs strictly increase even when the wall clock steps backwards or stands still', async () => {
    const inspection = await start();
    const clock = manualClock('2026-11-20T10:00:00.000Z');
    const times = [
      '2026-11-20T10:00:00.000Z',
      '2026-11-20T10:00:00.000Z',
      '2026-11-20T09:00:00.000Z',
      '2026-11-20T11:00:00.000Z',
    ];
    for (const [i, time] of times.entries()) {
      clock.set(time);
      await updateInspection(db, inspection.id, { cartons: 10 + i }, { clock });
    }
    const hlcs = (await updates()).map((e) => (e.name === 'inspection.update' ? e.args.hlc : ''));
    expect(hlcs).toHaveLength(4);
    for (let i = 1; i < hlcs.length; i += 1) expect(hlcs[i]! > hlcs[i - 1]!).toBe(true);
    // After the step back the wall part stays at the highest time seen and the counter moves on.
    expect(decodeHlc(hlcs[2]!)).toMatchObject({ wall: Date.parse(times[0]!), counter: 2 });
  });

  it('a failing outbox write leaves neither the patch nor the HLC behind', async () => {
    const inspection = await start();
    const fail = () => {
      throw new Error('simulated crash');
    };
    db.outbox.hook('creating', fail);
    await expect(updateInspection(db, inspection.id, { cartons: 12 })).rejects.toThrow('simulated crash');
    db.outbox.hook('creating').unsubscribe(fail);
    expect(await db.inspections.get(inspection.id)).toEqual(inspection);
    expect(await db.meta.get(LAST_HLC_KEY)).toBeUndefined();
    expect(await db.outbox.count()).toBe(1);
  });

  it('a plan that differs from the order preset is refused without a reason', async () => {
    const inspection = await start();
    const aql = { ...order.aqlPreset, major: 1.5 };
    await expect(updateInspection(db, inspection.id, { aql })).rejects.toBeInstanceOf(
      PlanReasonRequiredError,
    );
    await expect(
      updateInspection(db, inspection.id, { aql, planOverrideReason: '   ' }),
    ).rejects.toBeInstanceOf(PlanReasonRequiredError);
    expect(await db.inspections.get(inspection.id)).toEqual(inspection);
    expect(await updates()).toHaveLength(0);
  });

  it('a plan override with a reason is saved with the reason', async () => {
    const inspection = await start();
    const aql = { ...order.aqlPreset, level: 'III' as const };
    const updated = await updateInspection(db, inspection.id, { aql, planOverrideReason: 'Buyer request' });
    expect(updated).toMatchObject({ aql, planOverrideReason: 'Buyer request' });
  });

  it('a negative or fractional lot size is refused and nothing changes', async () => {
    const inspection = await start();
    await expect(updateInspection(db, inspection.id, { lotSize: -5 })).rejects.toThrow();
    await expect(updateInspection(db, inspection.id, { lotSize: 10.5 })).rejects.toThrow();
    await expect(updateInspection(db, inspection.id, { cartons: -1 })).rejects.toThrow();
    expect(await db.inspections.get(inspection.id)).toEqual(inspection);
    expect(await db.outbox.count()).toBe(1);
    expect(await db.meta.get(LAST_HLC_KEY)).toBeUndefined();
  });

  it('an update of a submitted inspection is refused', async () => {
    const inspection = await start();
    await db.inspections.put({ ...inspection, status: 'submitted', submittedAt: '2026-11-20T12:00:00.000Z' });
    await expect(updateInspection(db, inspection.id, { cartons: 3 })).rejects.toBeInstanceOf(
      InspectionLockedError,
    );
    expect(await updates()).toHaveLength(0);
  });
});

describe('plan editor form', () => {
  it('a negative or fractional lot size gives a translated error and no patch', async () => {
    const inspection = await start();
    const values = toFormValues(inspection);
    for (const lotSize of ['-5', '10.5', '']) {
      const { patch, problems } = planFormToPatch({ ...values, lotSize }, inspection, order.aqlPreset);
      expect(patch).toBeNull();
      expect(problems.map((p) => p.field)).toEqual(['lotSize']);
    }
  });

  it('an AQL change without a reason asks for one, and going back to the preset clears the old reason', async () => {
    const inspection = await start();
    const values = { ...toFormValues(inspection), major: '1.5' };
    expect(planFormToPatch(values, inspection, order.aqlPreset).problems).toEqual([
      { field: 'reason', key: 'plans.error.reason' },
    ]);
    const { patch } = planFormToPatch({ ...values, reason: ' Buyer ' }, inspection, order.aqlPreset);
    expect(patch).toEqual({ aql: { ...order.aqlPreset, major: 1.5 }, planOverrideReason: 'Buyer' });
    const overridden = await updateInspection(db, inspection.id, patch!);
    const back = planFormToPatch({ ...toFormValues(overridden), major: '2.5' }, overridden, order.aqlPreset);
    expect(back.patch).toEqual({ aql: order.aqlPreset, planOverrideReason: null });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QcDb } from '../../src/db/db';
import { addDefect } from '../../src/db/repositories/defects';
import { startInspection, updateInspection } from '../../src/db/repositories/inspections';
import { homeLists } from '../../src/features/home/home-lists';
import {
  reinspectionCandidates,
  ReinspectionLinkInvalidError,
  ReinspectionLinkRequiredError,
  startOrderInspection,
} from '../../src/features/orders/reinspection';
import type { Inspection } from '../../src/shared/schema';
import { buildOrder, freshDb, newTestId } from './fixtures';

let db: QcDb;
const order = buildOrder();
const me = newTestId();
const NOW = new Date('2026-11-30T12:00:00.000Z');

const start = (overrides: Partial<Parameters<typeof startInspection>[1]> = {}) =>
  startInspection(db, {
    orderId: order.id,
    inspectorId: me,
    stage: 'final',
    lotSize: 1000,
    cartons: 40,
    ...overrides,
  });

const submittedAt = (inspection: Inspection, iso: string) =>
  db.inspections.update(inspection.id, { status: 'submitted', submittedAt: iso });

beforeEach(async () => {
  db = freshDb();
  await db.orders.put(order);
});
afterEach(async () => {
  await db.delete();
});

describe('the start screen', () => {
  it('lists my inspections in progress and the ones I submitted in the last 14 days, newest first', async () => {
    const clock = (iso: string) => ({ clock: { now: () => new Date(iso) } });
    const older = await startInspection(
      db,
      { orderId: order.id, inspectorId: me, stage: 'inline', lotSize: 500, cartons: 0 },
      clock('2026-11-28T08:00:00.000Z'),
    );
    const newer = await startInspection(
      db,
      { orderId: order.id, inspectorId: me, stage: 'final', lotSize: 500, cartons: 0 },
      clock('2026-11-29T08:00:00.000Z'),
    );
    await start({ inspectorId: newTestId() }); // someone else's, on a shared phone
    const recent = await start();
    const recentLater = await start();
    const stale = await start();
    await submittedAt(recent, '2026-11-20T08:00:00.000Z');
    await submittedAt(recentLater, '2026-11-25T08:00:00.000Z');
    await submittedAt(stale, '2026-11-10T08:00:00.000Z'); // 20 days before NOW

    const lists = await homeLists(db, me, NOW);
    expect(lists.inProgress.map((i) => i.id)).toEqual([newer.id, older.id]);
    expect(lists.recent.map((i) => i.id)).toEqual([recentLater.id, recent.id]);
  });
});

describe('starting a re-inspection', () => {
  it('requires a linked failed inspection, and writes nothing without one', async () => {
    const before = await db.inspections.count();
    await expect(
      startOrderInspection(db, {
        orderId: order.id,
        inspectorId: me,
        stage: 're_inspection',
        lotSize: 1000,
        cartons: 0,
      }),
    ).rejects.toBeInstanceOf(ReinspectionLinkRequiredError);
    const clean = await start();
    await expect(
      startOrderInspection(db, {
        orderId: order.id,
        inspectorId: me,
        stage: 're_inspection',
        lotSize: 1000,
        cartons: 0,
        reinspectionOf: clean.id,
      }),
    ).rejects.toBeInstanceOf(ReinspectionLinkInvalidError);
    expect(await db.inspections.count()).toBe(before + 1);
  });

  it('offers inspections that failed by computation, recommendation or office decision', async () => {
    const computed = await start();
    await addDefect(db, { inspectionId: computed.id, code: 'SEW-001', severity: 'critical' }); // critical Re = 1
    const recommended = await start();
    await updateInspection(db, recommended.id, { recommendation: 'fail' });
    const rejected = await start();
    const approved = await start();
    await updateInspection(db, approved.id, { recommendation: 'fail' });
    const decide = (inspection: Inspection, decision: 'reject' | 'approve') =>
      db.decisions.put({
        id: newTestId(),
        inspectionId: inspection.id,
        decision,
        comment: '',
        decidedBy: me,
        decidedAt: NOW.toISOString(),
      });
    await decide(rejected, 'reject');
    await decide(approved, 'approve'); // the office's decision outranks the recommendation
    await start(); // clean, in progress

    const candidates = await reinspectionCandidates(db, order.id);
    expect(Object.fromEntries(candidates.map((c) => [c.inspection.id, c.reason]))).toEqual({
      [computed.id]: 'computed',
      [recommended.id]: 'recommended',
      [rejected.id]: 'decision',
    });
  });

  it('stores the link on a re-inspection and never on another stage', async () => {
    const failed = await start();
    await updateInspection(db, failed.id, { recommendation: 'fail' });
    const base = { orderId: order.id, inspectorId: me, lotSize: 1000, cartons: 0, reinspectionOf: failed.id };
    const re = await startOrderInspection(db, { ...base, stage: 're_inspection' });
    expect((await db.inspections.get(re.id))?.reinspectionOf).toBe(failed.id);
    const final = await startOrderInspection(db, { ...base, stage: 'final' });
    expect(final.reinspectionOf).toBeNull();
  });
});

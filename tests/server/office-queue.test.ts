import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plansForStage } from '../../src/features/fabric/fabric-score';
import { computePlans } from '../../src/features/plans/plan-config';
import { QueueResponse, type QueueItem } from '../../src/shared/office-api';
import type { ChecklistAnswer } from '../../src/shared/schema/checklist-answer';
import type { Defect } from '../../src/shared/schema/defect';
import type { Inspection } from '../../src/shared/schema/inspection';
import { closingVerdict } from '../../src/shared/verdict-input';
import { demoChecklist } from '../../sync-server/seed/catalog';
import { demoSpecSheets } from '../../sync-server/seed/demo-spec-sheets';
import { FACTORY } from '../../sync-server/seed/demo-ids';
import { addDefect, defectFor, inspectionFor, seededOrder, start, USER } from './builders';
import { codes } from './device';
import { answerFor, hlcAt, mutation, submit, update } from './evidence-builders';
import { createHarness, DB_KINDS, type Harness } from './harness';
import { getJson, loginCookie, push } from './http';

describe.each(DB_KINDS)('office review queue on %s', (kind) => {
  let h: Harness;
  let office: string;
  let merch: string;
  let inspector: string;
  // shirt: Huamei, the merchandiser's, ex-factory 2026-12-18; jacket: Lida, 2026-12-04; dress: Huamei, 2026-12-11.
  const failing = inspectionFor(seededOrder('shirt'), { startedAt: '2026-11-20T08:00:00.000Z' });
  const pending = inspectionFor(seededOrder('jacket'), { startedAt: '2026-11-21T08:00:00.000Z' });
  // A fabric inspection has no measurement sample, so a clean one with every answer given passes.
  const passing = inspectionFor(seededOrder('dress'), {
    startedAt: '2026-11-19T08:00:00.000Z',
    stage: 'fabric',
  });
  const critical = defectFor(failing.id, { severity: 'critical' });
  const answers = demoChecklist().items.map((item) => answerFor(passing.id, { itemCode: item.code }));

  const queue = async (cookie: string, query = '') => {
    const res = await getJson(h.app, cookie, `/api/office/queue${query}`);
    expect(res.status, res.body?.error?.message).toBe(200);
    return QueueResponse.parse(res.body);
  };
  const ids = (r: QueueResponse) => r.items.map((i) => i.inspection.id);
  /** What the phone's closing tab shows for the same evidence. */
  const phoneVerdict = (inspection: Inspection, defects: Defect[], given: ChecklistAnswer[]) => {
    const plans = computePlans(inspection.lotSize, inspection.aql).plans;
    if (!plans) throw new Error('no plans');
    return closingVerdict(plansForStage(plans, inspection.stage), {
      defects,
      readings: [],
      answers: new Map(given.map((a) => [a.itemCode, a])),
      specSheet: demoSpecSheets().find((sheet) => sheet.id === inspection.specSheetId) ?? null,
      checklist: demoChecklist(),
    }).verdict.result;
  };

  beforeAll(async () => {
    h = await createHarness(kind);
    [office, merch, inspector] = await Promise.all([
      loginCookie(h.app, 'office'),
      loginCookie(h.app, 'merch'),
      loginCookie(h.app, 'inspector'),
    ]);
    const res = await push(h.app, inspector, randomUUID(), [
      start(1, failing),
      start(2, pending),
      start(3, passing),
      addDefect(4, critical),
      ...answers.map((a, i) => mutation(5 + i, 'checklist.answer', a)),
    ]);
    expect(res.body.results.every((r) => r.status === 'applied')).toBe(true);
    const closing = await push(h.app, inspector, randomUUID(), [
      update(1, failing.id, { recommendation: 'fail' }, hlcAt('2026-11-22T11:00:00Z', 'p')),
      submit(2, failing.id, hlcAt('2026-11-22T12:00:00Z', 'p')),
    ]);
    expect(codes(closing)).toEqual(['applied', 'applied']);
    const decided = await h.app.inject({
      method: 'POST',
      url: `/api/office/inspections/${failing.id}/decisions`,
      headers: { cookie: office },
      payload: { decision: 'reject', comment: 'Critical defect' },
    });
    expect(decided.statusCode).toBe(201);
  });
  afterAll(() => h.close());

  it('computes the same result as the phone for a failing and a passing inspection', async () => {
    const items = new Map((await queue(office)).items.map((i) => [i.inspection.id, i]));
    expect(phoneVerdict(failing, [critical], [])).toBe('fail');
    expect(items.get(failing.id)?.computedResult).toBe('fail');
    expect(phoneVerdict(passing, [], answers)).toBe('pass');
    expect(items.get(passing.id)?.computedResult).toBe('pass');
    expect(items.get(pending.id)?.computedResult).toBe('pending');
  });

  it('orders failed first, then the nearest ex-factory date, then the newest start', async () => {
    expect(ids(await queue(office))).toEqual([failing.id, pending.id, passing.id]);
  });

  it('narrows by each filter', async () => {
    const cases: [string, string[]][] = [
      [`?factoryId=${FACTORY.lida}`, [pending.id]],
      [`?customer=${encodeURIComponent('Northwind Apparel Ltd.')}`, [failing.id]],
      [`?orderId=${passing.orderId}`, [passing.id]],
      ['?stage=fabric', [passing.id]],
      ['?result=pass', [passing.id]],
      ['?decision=reject', [failing.id]],
      ['?decision=none', [pending.id, passing.id]],
      [`?inspectorId=${USER.merch}`, []],
      ['?from=2026-11-20&to=2026-11-20', [failing.id]],
      ['?from=2026-11-21', [pending.id]],
    ];
    for (const [query, expected] of cases) expect(ids(await queue(office, query)), query).toEqual(expected);
  });

  it('pages with an offset cursor', async () => {
    const first = await queue(office, '?limit=2');
    expect(ids(first)).toEqual([failing.id, pending.id]);
    expect(first.nextCursor).toBe(2);
    const second = await queue(office, '?limit=2&cursor=2');
    expect([ids(second), second.nextCursor]).toEqual([[passing.id], null]);
  });

  it('carries the latest decision, counts and flags of each item', async () => {
    const item = (await queue(office)).items[0] as QueueItem;
    expect(item.latestDecision).toMatchObject({ decision: 'reject', comment: 'Critical defect' });
    expect(item.defectCounts).toEqual({ critical: 1, major: 0, minor: 0, total: 1 });
    expect(item.order.exFactoryDate).toBe('2026-12-18');
    expect(item.flags).toEqual([]);
  });

  it('limits a merchandiser to its own orders and refuses an inspector with 403', async () => {
    expect(ids(await queue(merch))).toEqual([failing.id]);
    const refused = await getJson(h.app, inspector, '/api/office/queue');
    expect([refused.status, refused.body.error.code]).toEqual([403, 'forbidden']);
    const order = await getJson(h.app, merch, `/api/office/orders/${pending.orderId}`);
    expect(order.status).toBe(404);
  });

  it('shows an order record with every inspection and its open rectifications', async () => {
    const res = await getJson(h.app, merch, `/api/office/orders/${failing.orderId}`);
    expect(res.status).toBe(200);
    expect(res.body.order.id).toBe(failing.orderId);
    expect(res.body.factory.id).toBe(FACTORY.huamei);
    expect(res.body.checklist.id).toBe(demoChecklist().id);
    expect(res.body.inspections.map((i: QueueItem) => i.inspection.id)).toEqual([failing.id]);
    expect(res.body.openRectifications).toEqual([]);
  });

  it('raises stale_base on an inspection started on an older order version', async () => {
    const order = seededOrder('tee');
    await h.database.db
      .updateTable('orders')
      .set({ data: JSON.stringify({ ...order, version: 2 }) })
      .where('id', '=', order.id)
      .execute();
    const old = inspectionFor(order, { orderVersion: 1 });
    expect(codes(await push(h.app, inspector, randomUUID(), [start(1, old)]))).toEqual(['applied']);
    const [item] = (await queue(office, `?orderId=${order.id}`)).items;
    expect(item?.flags).toEqual(['stale_base']);
  });
});

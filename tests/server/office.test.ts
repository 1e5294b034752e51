import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACTORY } from '../../sync-server/seed/demo-ids';
import { addDefect, defectFor, inspectionFor, removeDefect, seededOrder, start, USER } from './builders';
import {
  answerFor,
  measurementFor,
  mutation,
  rectificationFor,
  removeOf,
  signatureFor,
} from './evidence-builders';
import { createHarness, DB_KINDS, type Harness } from './harness';
import { getJson, loginCookie, push } from './http';

describe.each(DB_KINDS)('office review on %s', (kind) => {
  let h: Harness;
  let office: string;
  let merch: string;
  let inspector: string;
  const early = inspectionFor(seededOrder('shirt'), { startedAt: '2026-11-20T08:00:00.000Z' });
  const late = inspectionFor(seededOrder('jacket'), { startedAt: '2026-11-21T08:00:00.000Z' });
  const removed = defectFor(early.id, { severity: 'critical' });
  // Distinct times: the detail lists evidence oldest first.
  const readings = [
    measurementFor(early.id, { value: 56, createdAt: '2026-11-22T08:10:00.000Z' }),
    measurementFor(early.id, { value: 57, createdAt: '2026-11-22T08:11:00.000Z' }),
  ];
  const removedReading = measurementFor(early.id, { value: 99 });
  const answers = [
    answerFor(early.id, { answer: 'fail', createdAt: '2026-11-22T08:20:00.000Z' }),
    answerFor(early.id, { itemCode: 'APC-003', createdAt: '2026-11-22T08:21:00.000Z' }),
  ];
  const removedAnswer = answerFor(early.id, { deletedAt: '2026-11-22T08:30:00.000Z' });
  const rectification = rectificationFor(early.id);
  const removedRectification = rectificationFor(early.id, { text: 'Withdrawn' });
  const signatures = [
    signatureFor(early.id, { role: 'inspector', signedAt: '2026-11-22T11:00:00.000Z' }),
    signatureFor(early.id, { signedAt: '2026-11-22T11:01:00.000Z' }),
  ];

  beforeAll(async () => {
    h = await createHarness(kind);
    [office, merch, inspector] = await Promise.all([
      loginCookie(h.app, 'office'),
      loginCookie(h.app, 'merch'),
      loginCookie(h.app, 'inspector'),
    ]);
    const res = await push(h.app, inspector, randomUUID(), [
      start(1, early),
      start(2, late),
      addDefect(3, defectFor(early.id, { severity: 'major', quantity: 2 })),
      addDefect(4, defectFor(early.id, { severity: 'minor' })),
      addDefect(5, removed),
      removeDefect(6, removed),
      addDefect(7, defectFor(late.id, { severity: 'critical' })),
      ...[...readings, removedReading].map((m, i) => mutation(8 + i, 'measurement.add', m)),
      removeOf(11, 'measurement.remove', removedReading),
      ...[...answers, removedAnswer].map((a, i) => mutation(12 + i, 'checklist.answer', a)),
      mutation(15, 'rectification.add', rectification),
      mutation(16, 'rectification.add', removedRectification),
      removeOf(17, 'rectification.remove', removedRectification),
      ...signatures.map((sig, i) => mutation(18 + i, 'signature.add', sig)),
    ]);
    expect(res.body.results.every((r) => r.status === 'applied')).toBe(true);
  });
  afterAll(() => h.close());

  it('lists every inspection newest first with its order, factory, inspector and live defect counts', async () => {
    const res = await getJson(h.app, office, '/api/office/inspections');
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { inspection: { id: string } }) => i.inspection.id)).toEqual([
      late.id,
      early.id,
    ]);
    const [, first] = res.body.items;
    expect(first).toEqual({
      inspection: early,
      order: {
        id: early.orderId,
        po: 'NW-26-4411',
        customer: 'Northwind Apparel Ltd.',
        styleCode: 'MS-OX-2611',
        styleName: { zh: '男式牛津纺长袖衬衫', en: "Men's Oxford Long-Sleeve Shirt" },
      },
      factory: {
        id: FACTORY.huamei,
        code: 'NB-HM',
        name: expect.objectContaining({ zh: '宁波华美服饰有限公司' }),
      },
      inspector: { id: USER.inspector, displayName: expect.any(String) },
      defectCounts: { critical: 0, major: 2, minor: 1, total: 3 },
      photos: { present: 0, total: 0 },
    });
  });

  it('shows one inspection with only its live defects', async () => {
    const res = await getJson(h.app, office, `/api/office/inspections/${early.id}`);
    expect(res.status).toBe(200);
    expect(res.body.inspection).toEqual(early);
    expect(res.body.order.id).toBe(early.orderId);
    expect(res.body.factory.id).toBe(FACTORY.huamei);
    expect(res.body.inspector).toEqual({ id: USER.inspector, displayName: expect.any(String) });
    expect(res.body.defects).toHaveLength(2);
    expect(res.body.defects.map((d: { id: string }) => d.id)).not.toContain(removed.id);
  });

  it('shows the live measurements, checklist answers and rectifications and every signature of an inspection', async () => {
    const res = await getJson(h.app, office, `/api/office/inspections/${early.id}`);
    expect(res.body.measurements).toEqual(readings);
    expect(res.body.checklistAnswers).toEqual(answers);
    expect(res.body.rectifications).toEqual([rectification]);
    expect(res.body.signatures).toEqual(signatures);
    const other = await getJson(h.app, office, `/api/office/inspections/${late.id}`);
    expect(other.body).toMatchObject({
      measurements: [],
      checklistAnswers: [],
      rectifications: [],
      signatures: [],
    });
  });

  it('limits a merchandiser to inspections of its own orders', async () => {
    const list = await getJson(h.app, merch, '/api/office/inspections');
    expect(list.body.items.map((i: { inspection: { id: string } }) => i.inspection.id)).toEqual([early.id]);
    expect((await getJson(h.app, merch, `/api/office/inspections/${early.id}`)).status).toBe(200);
    const other = await getJson(h.app, merch, `/api/office/inspections/${late.id}`);
    expect(other.status).toBe(404);
  });

  it('refuses an inspector both office routes with 403 forbidden', async () => {
    for (const url of ['/api/office/inspections', `/api/office/inspections/${early.id}`]) {
      const res = await getJson(h.app, inspector, url);
      expect(res.status, url).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
  });

  it('answers 404 not-found for an unknown or malformed inspection id', async () => {
    for (const id of [randomUUID(), 'nope']) {
      const res = await getJson(h.app, office, `/api/office/inspections/${id}`);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not-found');
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditResponse } from '../../src/shared/office-api';
import { Decision } from '../../src/shared/schema/decision';
import { addDefect, defectFor, seededOrder } from './builders';
import { codes, openInspection } from './device';
import { hlcAt, submit, update } from './evidence-builders';
import { createHarness, DB_KINDS, type Harness } from './harness';
import { getJson, loginCookie } from './http';
import { pullAll, pulledRecords } from './pulling';

describe.each(DB_KINDS)('office decisions, reopen and audit on %s', (kind) => {
  let h: Harness;
  let office: string;
  let merch: string;
  let inspector: string;

  const post = (cookie: string, url: string, payload: object) =>
    h.app.inject({ method: 'POST', url, headers: { cookie }, payload });

  /** A shirt inspection with a recommendation, submitted from its phone; `send` continues at seq 4. */
  async function submitted() {
    const opened = await openInspection(h, inspector, 'shirt');
    const at = hlcAt('2026-11-22T11:00:00Z', 'phone');
    const res = await opened.send([
      update(2, opened.id, { recommendation: 'pass' }, at),
      submit(3, opened.id, hlcAt('2026-11-22T12:00:00Z', 'phone')),
    ]);
    expect(codes(res)).toEqual(['applied', 'applied']);
    return opened;
  }

  beforeAll(async () => {
    h = await createHarness(kind);
    [office, merch, inspector] = await Promise.all([
      loginCookie(h.app, 'office'),
      loginCookie(h.app, 'merch'),
      loginCookie(h.app, 'inspector'),
    ]);
  });
  afterAll(() => h.close());

  it('refuses an inspector and a merchandiser to decide or reopen with 403 forbidden', async () => {
    const { id } = await submitted();
    for (const cookie of [inspector, merch]) {
      const decided = await post(cookie, `/api/office/inspections/${id}/decisions`, {
        decision: 'approve',
        comment: '',
      });
      expect(decided.statusCode).toBe(403);
      const reopened = await post(cookie, `/api/office/inspections/${id}/reopen`, { comment: 'why' });
      expect(reopened.statusCode).toBe(403);
    }
  });

  it('answers 409 inspection-not-submitted to a decision on an inspection still in progress', async () => {
    const { id } = await openInspection(h, inspector, 'shirt');
    const res = await post(office, `/api/office/inspections/${id}/decisions`, {
      decision: 'approve',
      comment: '',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('inspection-not-submitted');
  });

  it('answers 400 to a reject or re-inspect without a comment', async () => {
    const { id } = await submitted();
    for (const decision of ['reject', 're_inspect']) {
      const res = await post(office, `/api/office/inspections/${id}/decisions`, { decision, comment: '  ' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'invalid-request',
        message: expect.stringContaining('comment'),
      });
    }
  });

  it('records a decision that the inspector phone pulls and lists decisions newest first', async () => {
    const { id } = await submitted();
    const first = await post(office, `/api/office/inspections/${id}/decisions`, {
      decision: 'hold',
      comment: 'wait',
    });
    expect(first.statusCode).toBe(201);
    const second = await post(office, `/api/office/inspections/${id}/decisions`, {
      decision: 'approve',
      comment: '',
    });
    const decision = Decision.parse(second.json().decision);
    expect(decision).toMatchObject({ inspectionId: id, decision: 'approve', decidedBy: expect.any(String) });
    const pulled = pulledRecords((await pullAll(h, inspector, 100)).changes, 'decision');
    expect(pulled.get(decision.id)).toEqual(decision);
    const list = await getJson(h.app, merch, `/api/office/inspections/${id}/decisions`);
    expect(list.body.decisions.map((d: Decision) => d.decision)).toEqual(['approve', 'hold']);
    const detail = await getJson(h.app, office, `/api/office/inspections/${id}`);
    expect(detail.body.latestDecision).toEqual(decision);
  });

  it('reopens a submitted inspection so a later defect is applied, and audits decision and reopen', async () => {
    const { id, send } = await submitted();
    expect(codes(await send([addDefect(4, defectFor(id))]))).toEqual(['inspection-locked']);
    await post(office, `/api/office/inspections/${id}/decisions`, { decision: 'reject', comment: 'Stains' });
    const res = await post(office, `/api/office/inspections/${id}/reopen`, { comment: 'Recount the stains' });
    expect(res.statusCode).toBe(200);
    expect(res.json().inspection).toMatchObject({ id, status: 'in_progress', submittedAt: null });
    const header = pulledRecords((await pullAll(h, inspector, 100)).changes, 'inspection').get(id);
    expect(header).toMatchObject({ status: 'in_progress', submittedAt: null });
    expect(codes(await send([addDefect(5, defectFor(id))]))).toEqual(['applied']);
    const audit = AuditResponse.parse(
      (await getJson(h.app, office, `/api/office/inspections/${id}/audit`)).body,
    );
    expect(audit.entries.map((e) => [e.action, e.detail.comment])).toEqual([
      ['decision', 'Stains'],
      ['reopen', 'Recount the stains'],
    ]);
    expect(audit.entries[0]?.actor.displayName).toEqual(expect.any(String));
  });

  it('applies late evidence on an approved inspection and raises late_after_approval', async () => {
    const { id, send } = await submitted();
    await post(office, `/api/office/inspections/${id}/decisions`, { decision: 'approve', comment: '' });
    const late = defectFor(id, { severity: 'minor' });
    expect(codes(await send([addDefect(4, late)]))).toEqual(['applied']);
    const detail = await getJson(h.app, office, `/api/office/inspections/${id}`);
    expect(detail.body.defects.map((d: { id: string }) => d.id)).toContain(late.id);
    expect(detail.body.flags).toContain('late_after_approval');
    expect(seededOrder('shirt').id).toBe(detail.body.order.id);
  });
});

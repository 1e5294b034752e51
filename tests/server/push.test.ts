import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MUTATIONS_PER_PUSH, PROTOCOL_VERSION, PushResponse } from '../../src/shared/sync-protocol';
import { addDefect, countRows, defectFor, inspectionFor, removeDefect, seededOrder, start } from './builders';
import { createHarness, DB_KINDS, type Harness } from './harness';
import { loginCookie, push, pushRaw } from './http';

describe.each(DB_KINDS)('push on %s', (kind) => {
  let h: Harness;
  let inspector: string;
  let merch: string;
  beforeAll(async () => {
    h = await createHarness(kind);
    inspector = await loginCookie(h.app, 'inspector');
    merch = await loginCookie(h.app, 'merch');
  });
  afterAll(() => h.close());

  const logSize = () => countRows(h.database, 'change_log');

  it('applies an inspection start and a defect add and logs each change once', async () => {
    const clientId = randomUUID();
    const inspection = inspectionFor(seededOrder('shirt'));
    const defect = defectFor(inspection.id);
    const before = await logSize();
    const res = await push(h.app, inspector, clientId, [start(1, inspection), addDefect(2, defect)]);
    expect(res.status).toBe(200);
    expect(PushResponse.parse(res.body)).toEqual({
      results: [
        { seq: 1, status: 'applied' },
        { seq: 2, status: 'applied' },
      ],
      lastSeq: 2,
    });
    expect(await logSize()).toBe(before + 2);
  });

  it('answers a replayed batch with duplicate results and changes nothing', async () => {
    const clientId = randomUUID();
    const inspection = inspectionFor(seededOrder('tee'));
    const batch = [start(1, inspection), addDefect(2, defectFor(inspection.id))];
    await push(h.app, inspector, clientId, batch);
    const before = { log: await logSize(), defects: await countRows(h.database, 'defects') };
    const again = await push(h.app, inspector, clientId, batch);
    expect(again.body.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect(again.body.lastSeq).toBe(2);
    expect({ log: await logSize(), defects: await countRows(h.database, 'defects') }).toEqual(before);
  });

  it('rejects a replayed seq whose payload differs as replay-mismatch and changes nothing', async () => {
    const clientId = randomUUID();
    const inspection = inspectionFor(seededOrder('tee'));
    await push(h.app, inspector, clientId, [start(1, inspection)]);
    const before = await logSize();
    const res = await push(h.app, inspector, clientId, [start(1, { ...inspection, cartons: 999 })]);
    expect(res.body.results).toEqual([{ seq: 1, status: 'rejected', code: 'replay-mismatch' }]);
    expect(await logSize()).toBe(before);
  });

  it('aborts the whole batch on a sequence gap with 409 and the seq to resend from', async () => {
    const clientId = randomUUID();
    const inspection = inspectionFor(seededOrder('shirt'));
    const before = await logSize();
    const gap = await push(h.app, inspector, clientId, [
      start(1, inspection),
      addDefect(3, defectFor(inspection.id)),
    ]);
    expect(gap.status).toBe(409);
    expect(gap.body.error).toMatchObject({ code: 'sequence-gap', details: { expectedSeq: 1 } });
    expect(await logSize()).toBe(before);

    await push(h.app, inspector, clientId, [start(1, inspection)]);
    const later = await push(h.app, inspector, clientId, [addDefect(5, defectFor(inspection.id))]);
    expect(later.status).toBe(409);
    expect(later.body.error?.details).toEqual({ expectedSeq: 2 });
  });

  it('refuses a push from an older protocol version with 426', async () => {
    const res = await pushRaw(h.app, inspector, {
      protocolVersion: PROTOCOL_VERSION - 1,
      clientId: randomUUID(),
      mutations: [{ seq: 1, name: 'something.old', args: {} }],
    });
    expect(res.statusCode).toBe(426);
    expect(res.json().error.code).toBe('protocol-outdated');
  });

  it('refuses more mutations than the cap, and a body over the byte limit, with 413', async () => {
    const inspection = inspectionFor(seededOrder('shirt'));
    const many = Array.from({ length: MAX_MUTATIONS_PER_PUSH + 1 }, (_, i) =>
      addDefect(i + 1, defectFor(inspection.id)),
    );
    const tooMany = await push(h.app, inspector, randomUUID(), many);
    expect(tooMany.status).toBe(413);
    expect(tooMany.body.error?.code).toBe('batch-too-large');

    const huge = { ...defectFor(inspection.id), note: 'x'.repeat(5 * 1024 * 1024) };
    const tooBig = await push(h.app, inspector, randomUUID(), [addDefect(1, huge)]);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error?.code).toBe('batch-too-large');
  });

  it('refuses malformed JSON and a malformed envelope with 400 and stores nothing', async () => {
    const clients = await countRows(h.database, 'sync_clients');
    const badJson = await h.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { cookie: inspector, 'content-type': 'application/json' },
      payload: '{"protocolVersion":1,',
    });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().error.code).toBe('invalid-request');
    const noClient = await pushRaw(h.app, inspector, { protocolVersion: PROTOCOL_VERSION, mutations: [] });
    expect(noClient.statusCode).toBe(400);
    expect(noClient.json().error.code).toBe('invalid-request');
    expect(await countRows(h.database, 'sync_clients')).toBe(clients);
  });

  it('refuses a client id already bound to another user with 403', async () => {
    const clientId = randomUUID();
    await push(h.app, inspector, clientId, [start(1, inspectionFor(seededOrder('chinos')))]);
    const res = await push(h.app, merch, clientId, [
      start(2, inspectionFor(seededOrder('shirt'), { inspectorId: (await me(merch)).id })),
    ]);
    expect(res.status).toBe(403);
    expect(res.body.error?.code).toBe('client-owned-by-other-user');
  });

  it('records a rejected mutation, advances the seq past it, and still applies later ones', async () => {
    const clientId = randomUUID();
    const orphan = inspectionFor(seededOrder('shirt'), { orderId: randomUUID() });
    const good = inspectionFor(seededOrder('shirt'));
    const res = await push(h.app, inspector, clientId, [start(1, orphan), start(2, good)]);
    expect(res.body).toEqual({
      results: [
        { seq: 1, status: 'rejected', code: 'unknown-order' },
        { seq: 2, status: 'applied' },
      ],
      lastSeq: 2,
    });
    const replay = await push(h.app, inspector, clientId, [start(1, orphan)]);
    expect(replay.body.results).toEqual([{ seq: 1, status: 'duplicate', code: 'unknown-order' }]);
  });

  it('rejects a mutation that fails its schema as invalid-mutation and the queue moves on', async () => {
    const clientId = randomUUID();
    const inspection = inspectionFor(seededOrder('jacket'));
    const res = await push(h.app, inspector, clientId, [
      { seq: 1, name: 'defect.add', args: { id: 'not-a-uuid' } },
      { seq: 2, name: 'inspection.teleport', args: {} },
      start(3, inspection),
    ]);
    expect(res.body.results.map((r) => r.code ?? r.status)).toEqual([
      'invalid-mutation',
      'invalid-mutation',
      'applied',
    ]);
  });

  it("does not let an inspector add or remove defects on another user's inspection", async () => {
    const merchUser = await me(merch);
    const theirs = inspectionFor(seededOrder('hoodie'), { inspectorId: merchUser.id });
    const defect = defectFor(theirs.id);
    expect(
      (await push(h.app, merch, randomUUID(), [start(1, theirs), addDefect(2, defect)])).body.lastSeq,
    ).toBe(2);
    const res = await push(h.app, inspector, randomUUID(), [
      addDefect(1, defectFor(theirs.id)),
      removeDefect(2, defect),
    ]);
    expect(res.body.results.map((r) => r.code)).toEqual(['forbidden', 'forbidden']);
  });

  it('does not let a merchandiser start an inspection on an order that is not theirs', async () => {
    const merchUser = await me(merch);
    const res = await push(h.app, merch, randomUUID(), [
      start(1, inspectionFor(seededOrder('chinos'), { inspectorId: merchUser.id })),
      start(2, inspectionFor(seededOrder('shirt'))),
    ]);
    expect(res.body.results.map((r) => r.code)).toEqual(['forbidden', 'forbidden']);
  });

  it('tombstones a removed defect once, keeps its row, and treats a repeat as applied', async () => {
    const clientId = randomUUID();
    const inspection = inspectionFor(seededOrder('shirt'));
    const defect = defectFor(inspection.id);
    await push(h.app, inspector, clientId, [start(1, inspection), addDefect(2, defect)]);
    const before = await logSize();
    const res = await push(h.app, inspector, clientId, [
      removeDefect(3, defect),
      removeDefect(4, defect, '2026-11-23T00:00:00.000Z'),
    ]);
    expect(res.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(await logSize()).toBe(before + 1);
    const row = await h.database.db
      .selectFrom('defects')
      .selectAll()
      .where('id', '=', defect.id)
      .executeTakeFirstOrThrow();
    expect(row.deleted_at).toBe('2026-11-22T09:00:00.000Z');
    expect(JSON.parse(row.data).deletedAt).toBe('2026-11-22T09:00:00.000Z');
  });

  it('rejects evidence for a submitted inspection as inspection-locked', async () => {
    const submitted = inspectionFor(seededOrder('jacket'), {
      status: 'submitted',
      submittedAt: '2026-11-22T11:00:00.000Z',
    });
    const res = await push(h.app, inspector, randomUUID(), [
      start(1, submitted),
      addDefect(2, defectFor(submitted.id)),
    ]);
    expect(res.body.results).toEqual([
      { seq: 1, status: 'applied' },
      { seq: 2, status: 'rejected', code: 'inspection-locked' },
    ]);
  });

  it('accepts an identical re-insert under a new seq but rejects an id reused for other content', async () => {
    const inspection = inspectionFor(seededOrder('chinos'));
    const defect = defectFor(inspection.id);
    const res = await push(h.app, inspector, randomUUID(), [
      start(1, inspection),
      addDefect(2, defect),
      addDefect(3, defect),
      addDefect(4, { ...defect, severity: 'critical' }),
      start(5, { ...inspection, lotSize: 10 }),
    ]);
    expect(res.body.results.map((r) => r.code ?? r.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'id-conflict',
      'id-conflict',
    ]);
    expect(await countRows(h.database, 'defects')).toBeGreaterThan(0);
  });

  it('stores each seq once when two tabs of one device push the same batch at once', async () => {
    const clientId = randomUUID();
    const inspection = inspectionFor(seededOrder('tee'));
    const batch = [start(1, inspection), addDefect(2, defectFor(inspection.id))];
    const [a, b] = await Promise.all([
      push(h.app, inspector, clientId, batch),
      push(h.app, inspector, clientId, batch),
    ]);
    const statuses = [...a.body.results, ...b.body.results].map((r) => r.status).sort();
    expect(statuses).toEqual(['applied', 'applied', 'duplicate', 'duplicate']);
    const stored = await h.database.db
      .selectFrom('mutation_results')
      .select('seq')
      .where('client_id', '=', clientId)
      .execute();
    expect(stored).toHaveLength(2);
  });

  const me = async (cookie: string) =>
    (await h.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).json().user as {
      id: string;
    };
});

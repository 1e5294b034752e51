import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../src/shared/sync-protocol';
import { countRows, inspectionFor, seededOrder, start } from './builders';
import {
  answerFor,
  measurementFor,
  mutation,
  rectificationFor,
  removeOf,
  signatureFor,
} from './evidence-builders';
import { createHarness, DB_KINDS, type Harness } from './harness';
import { loginCookie, push, type MutationInput } from './http';
import { pullAll, pulledRecords } from './pulling';

describe.each(DB_KINDS)('measurements, checklist answers, rectifications and signatures on %s', (kind) => {
  let h: Harness;
  let inspector: string;
  let merch: string;
  beforeAll(async () => {
    h = await createHarness(kind);
    [inspector, merch] = await Promise.all([loginCookie(h.app, 'inspector'), loginCookie(h.app, 'merch')]);
  });
  afterAll(() => h.close());

  const logSize = () => countRows(h.database, 'change_log');
  const codes = (res: Awaited<ReturnType<typeof push>>) => res.body.results.map((r) => r.code ?? r.status);
  const pulled = async (cookie: string, entity: Change['entity']) =>
    pulledRecords((await pullAll(h, cookie, 1000)).changes, entity);

  /** A started inspection on `style` and the client that started it, whose next seq is 2. */
  const opened = async (style: Parameters<typeof seededOrder>[0] = 'shirt') => {
    const inspection = inspectionFor(seededOrder(style));
    const clientId = randomUUID();
    expect(codes(await push(h.app, inspector, clientId, [start(1, inspection)]))).toEqual(['applied']);
    const send = (mutations: MutationInput[]) => push(h.app, inspector, clientId, mutations);
    return { id: inspection.id, send };
  };

  it('applies each new kind of evidence, logs it once and pulls it back as its own entity', async () => {
    const { id, send } = await opened();
    const records = {
      measurement: measurementFor(id),
      checklist_answer: answerFor(id, { answer: 'fail', comment: 'Placket uneven on 2 of 32' }),
      rectification: rectificationFor(id),
      signature: signatureFor(id, { role: 'inspector', name: 'Chen Jie' }),
    } as const;
    const before = await logSize();
    const res = await send([
      mutation(2, 'measurement.add', records.measurement),
      mutation(3, 'checklist.answer', records.checklist_answer),
      mutation(4, 'rectification.add', records.rectification),
      mutation(5, 'signature.add', records.signature),
    ]);
    expect(codes(res)).toEqual(['applied', 'applied', 'applied', 'applied']);
    expect(await logSize()).toBe(before + 4);
    for (const [entity, record] of Object.entries(records))
      expect((await pulled(inspector, entity as Change['entity'])).get(record.id), entity).toEqual(record);
  });

  it('keeps both readings of the same sample, size and POM, both answers to one item and both signatures of one role', async () => {
    const { id, send } = await opened();
    const readings = [measurementFor(id, { value: 56.5 }), measurementFor(id, { value: 57.5 })];
    const answers = [
      answerFor(id, { answer: 'fail' }),
      answerFor(id, { answer: 'pass', createdAt: '2026-11-22T08:40:00.000Z' }),
    ];
    const signatures = [signatureFor(id), signatureFor(id, { signedAt: '2026-11-22T11:05:00.000Z' })];
    const res = await send([
      ...readings.map((m, i) => mutation(2 + i, 'measurement.add', m)),
      ...answers.map((a, i) => mutation(4 + i, 'checklist.answer', a)),
      ...signatures.map((s, i) => mutation(6 + i, 'signature.add', s)),
    ]);
    expect(codes(res).every((c) => c === 'applied')).toBe(true);
    const pulledValues = [...(await pulled(inspector, 'measurement')).values()].filter(
      (m) => m.inspectionId === id,
    );
    expect(pulledValues.map((m) => m.value).sort()).toEqual([56.5, 57.5]);
    for (const table of ['measurements', 'checklist_answers', 'signatures'] as const) {
      const rows = await h.database.db
        .selectFrom(table)
        .select('id')
        .where('inspection_id', '=', id)
        .execute();
      expect(rows, table).toHaveLength(2);
    }
  });

  it('tombstones a removed measurement or rectification once, keeps its row and pulls the tombstone', async () => {
    const { id, send } = await opened();
    const measurement = measurementFor(id);
    const rectification = rectificationFor(id);
    await send([
      mutation(2, 'measurement.add', measurement),
      mutation(3, 'rectification.add', rectification),
    ]);
    const before = await logSize();
    const res = await send([
      removeOf(4, 'measurement.remove', measurement),
      removeOf(5, 'measurement.remove', measurement, '2026-11-23T00:00:00.000Z'),
      removeOf(6, 'rectification.remove', rectification),
      removeOf(7, 'rectification.remove', rectification, '2026-11-23T00:00:00.000Z'),
      // A re-sent add of a record removed since is the same record: applied, the tombstone stands.
      mutation(8, 'measurement.add', measurement),
      // Removing what the server never stored (its add was rejected) is already true.
      removeOf(9, 'rectification.remove', rectificationFor(id)),
    ]);
    expect(codes(res)).toEqual(['applied', 'applied', 'applied', 'applied', 'applied', 'applied']);
    expect(await logSize()).toBe(before + 2);
    const deletedAt = '2026-11-22T09:30:00.000Z';
    expect((await pulled(inspector, 'measurement')).get(measurement.id)).toEqual({
      ...measurement,
      deletedAt,
    });
    expect((await pulled(inspector, 'rectification')).get(rectification.id)).toEqual({
      ...rectification,
      deletedAt,
    });
    const row = await h.database.db
      .selectFrom('measurements')
      .selectAll()
      .where('id', '=', measurement.id)
      .executeTakeFirstOrThrow();
    expect(row.deleted_at).toBe(deletedAt);
  });

  it("rejects a remove naming another inspection than the record's as invalid-mutation", async () => {
    const first = await opened();
    const second = await opened();
    const measurement = measurementFor(first.id);
    await first.send([mutation(2, 'measurement.add', measurement)]);
    const res = await second.send([
      removeOf(2, 'measurement.remove', { ...measurement, inspectionId: second.id }),
    ]);
    expect(codes(res)).toEqual(['invalid-mutation']);
  });

  it('applies an identical re-add under a new seq but rejects an id reused for other content as id-conflict', async () => {
    const { id, send } = await opened();
    const m = measurementFor(id);
    const a = answerFor(id);
    const r = rectificationFor(id);
    const s = signatureFor(id);
    const res = await send([
      mutation(2, 'measurement.add', m),
      mutation(3, 'checklist.answer', a),
      mutation(4, 'rectification.add', r),
      mutation(5, 'signature.add', s),
      mutation(6, 'measurement.add', m),
      mutation(7, 'checklist.answer', a),
      mutation(8, 'rectification.add', r),
      mutation(9, 'signature.add', s),
      mutation(10, 'measurement.add', { ...m, value: 60 }),
      mutation(11, 'checklist.answer', { ...a, answer: 'fail' }),
      mutation(12, 'rectification.add', { ...r, owner: 'Someone else' }),
      mutation(13, 'signature.add', { ...s, role: 'inspector' }),
    ]);
    expect(codes(res)).toEqual([...Array(8).fill('applied'), ...Array(4).fill('id-conflict')]);
  });

  it('answers a replayed batch with its stored results and writes nothing', async () => {
    const { id, send } = await opened();
    const batch = [
      mutation(2, 'measurement.add', measurementFor(id)),
      mutation(3, 'checklist.answer', answerFor(id)),
      mutation(4, 'rectification.add', rectificationFor(id)),
      mutation(5, 'signature.add', signatureFor(id)),
    ];
    await send(batch);
    const before = await logSize();
    const replay = await send(batch);
    expect(replay.body.results.map((r) => r.status)).toEqual(Array(4).fill('duplicate'));
    expect(await logSize()).toBe(before);
  });

  it("forbids adding or removing evidence on another user's inspection and reports an unknown inspection", async () => {
    const merchId = (
      await h.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: merch } })
    ).json().user.id as string;
    const theirs = inspectionFor(seededOrder('hoodie'), { inspectorId: merchId });
    const measurement = measurementFor(theirs.id);
    const own = push(h.app, merch, randomUUID(), [
      start(1, theirs),
      mutation(2, 'measurement.add', measurement),
    ]);
    expect(codes(await own)).toEqual(['applied', 'applied']);
    const res = await push(h.app, inspector, randomUUID(), [
      mutation(1, 'measurement.add', measurementFor(theirs.id)),
      removeOf(2, 'measurement.remove', measurement),
      mutation(3, 'checklist.answer', answerFor(theirs.id)),
      mutation(4, 'rectification.add', rectificationFor(theirs.id)),
      mutation(5, 'signature.add', signatureFor(theirs.id)),
      mutation(6, 'measurement.add', measurementFor(randomUUID())),
    ]);
    expect(codes(res)).toEqual([...Array(5).fill('forbidden'), 'unknown-inspection']);
  });

  it('lets a merchandiser pull evidence of its own orders only', async () => {
    const onShirt = await opened('shirt');
    const onChinos = await opened('chinos');
    const mine = signatureFor(onShirt.id);
    const other = signatureFor(onChinos.id);
    await onShirt.send([mutation(2, 'signature.add', mine)]);
    await onChinos.send([mutation(2, 'signature.add', other)]);
    const seen = await pulled(merch, 'signature');
    expect(seen.has(mine.id)).toBe(true);
    expect(seen.has(other.id)).toBe(false);
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inspection } from '../../src/shared/schema/inspection';
import { addDefect, countRows, defectFor, inspectionFor, seededOrder, start } from './builders';
import {
  answerFor,
  hlcAt,
  measurementFor,
  mutation,
  rectificationFor,
  removeOf,
  signatureFor,
  submit,
  update,
} from './evidence-builders';
import { createHarness, DB_KINDS, type Harness } from './harness';
import { loginCookie, push, type MutationInput } from './http';
import { pullAll, pulledRecords } from './pulling';

describe.each(DB_KINDS)('inspection header edits on %s', (kind) => {
  let h: Harness;
  let inspector: string;
  let merch: string;
  beforeAll(async () => {
    h = await createHarness(kind);
    [inspector, merch] = await Promise.all([loginCookie(h.app, 'inspector'), loginCookie(h.app, 'merch')]);
  });
  afterAll(() => h.close());

  /** One device: its own client id and seq counter, pushing one mutation at a time. */
  const device = (cookie = inspector) => {
    const clientId = randomUUID();
    let seq = 0;
    return async (make: (seq: number) => MutationInput) => {
      const res = await push(h.app, cookie, clientId, [make(++seq)]);
      const [result] = res.body.results;
      return result?.code ?? result?.status;
    };
  };

  /** The header as a device sees it after pulling everything. */
  const pulledHeader = async (id: string) =>
    pulledRecords((await pullAll(h, inspector, 1000)).changes, 'inspection').get(id) as Inspection;

  const started = async (overrides: Partial<Inspection> = {}) => {
    const inspection = inspectionFor(seededOrder('shirt'), overrides);
    expect(await device()((seq) => start(seq, inspection))).toBe('applied');
    return inspection;
  };

  it('applies an update, logs the header once and pulls it back with the patched fields', async () => {
    const inspection = await started();
    const before = await countRows(h.database, 'change_log');
    const patch = {
      lotSize: 5000,
      recommendation: 'pass',
      planOverrideReason: 'Buyer asked for II',
    } as const;
    expect(
      await device()((seq) => update(seq, inspection.id, patch, hlcAt('2026-11-22T09:00:00Z', 'a'))),
    ).toBe('applied');
    expect(await countRows(h.database, 'change_log')).toBe(before + 1);
    expect(await pulledHeader(inspection.id)).toEqual({ ...inspection, ...patch });
  });

  it('merges two devices per field by clock: an older edit loses its field while a newer one on another field wins, in either order', async () => {
    const a = (seq: number, id: string) =>
      update(seq, id, { cartons: 130, lotSize: 4000 }, hlcAt('2026-11-22T09:00:00Z', 'phone-a'));
    // Device B's clock is behind for cartons but ahead for lotSize and recommendation.
    const bOld = (seq: number, id: string) =>
      update(seq, id, { cartons: 125 }, hlcAt('2026-11-22T08:59:00Z', 'phone-b'));
    const bNew = (seq: number, id: string) =>
      update(seq, id, { lotSize: 4100, recommendation: 'fail' }, hlcAt('2026-11-22T09:01:00Z', 'phone-b'));

    const first = await started();
    const [a1, b1] = [device(), device()];
    for (const step of [
      a1((s) => a(s, first.id)),
      b1((s) => bOld(s, first.id)),
      b1((s) => bNew(s, first.id)),
    ])
      expect(await step).toBe('applied');

    const second = await started();
    const [a2, b2] = [device(), device()];
    expect(await b2((s) => bOld(s, second.id))).toBe('applied');
    expect(await b2((s) => bNew(s, second.id))).toBe('applied');
    expect(await a2((s) => a(s, second.id))).toBe('applied');

    const expected = { cartons: 130, lotSize: 4100, recommendation: 'fail' };
    expect(await pulledHeader(first.id)).toEqual({ ...first, ...expected });
    expect(await pulledHeader(second.id)).toEqual({ ...second, ...expected });
  });

  it('applies an update whose every field loses and logs the header again so the losing device converges', async () => {
    const inspection = await started();
    const newer = hlcAt('2026-11-22T10:00:00Z', 'phone-a');
    expect(await device()((seq) => update(seq, inspection.id, { cartons: 99 }, newer))).toBe('applied');
    const before = await countRows(h.database, 'change_log');
    const older = hlcAt('2026-11-22T09:00:00Z', 'phone-b');
    expect(await device()((seq) => update(seq, inspection.id, { cartons: 1 }, older))).toBe('applied');
    expect(await countRows(h.database, 'change_log')).toBe(before + 1);
    expect((await pulledHeader(inspection.id)).cartons).toBe(99);
  });

  it('keeps the stored value when two edits of a field carry the same clock', async () => {
    const inspection = await started();
    const same = hlcAt('2026-11-22T09:00:00Z', 'phone-a');
    const phone = device();
    expect(await phone((seq) => update(seq, inspection.id, { cartons: 10 }, same))).toBe('applied');
    expect(await phone((seq) => update(seq, inspection.id, { cartons: 20 }, same))).toBe('applied');
    expect((await pulledHeader(inspection.id)).cartons).toBe(10);
  });

  it('rejects an empty patch, a bad field value and a malformed clock as invalid-mutation', async () => {
    const inspection = await started();
    const phone = device();
    const ok = hlcAt('2026-11-22T09:00:00Z', 'a');
    expect(await phone((seq) => update(seq, inspection.id, {}, ok))).toBe('invalid-mutation');
    expect(await phone((seq) => update(seq, inspection.id, { lotSize: 1 }, ok))).toBe('invalid-mutation');
    expect(await phone((seq) => update(seq, inspection.id, { lotSize: 10 }, '2026-11-22'))).toBe(
      'invalid-mutation',
    );
    expect((await pulledHeader(inspection.id)).lotSize).toBe(inspection.lotSize);
  });

  it('submits with a recommendation, pulls back the locked header, and treats a second submit as applied', async () => {
    const inspection = await started({ recommendation: 'pass' });
    const phone = device();
    expect(await phone((seq) => submit(seq, inspection.id, hlcAt('2026-11-22T12:00:00Z', 'a')))).toBe(
      'applied',
    );
    const late = '2026-11-22T13:00:00.000Z';
    expect(await device()((seq) => submit(seq, inspection.id, hlcAt(late, 'b'), late))).toBe('applied');
    expect(await pulledHeader(inspection.id)).toEqual({
      ...inspection,
      status: 'submitted',
      submittedAt: '2026-11-22T12:00:00.000Z',
    });
  });

  it('rejects a submit without a recommendation as invalid-mutation and leaves the inspection open', async () => {
    const inspection = await started();
    const phone = device();
    const at = (time: string) => hlcAt(`2026-11-22T${time}:00Z`, 'a');
    expect(await phone((seq) => submit(seq, inspection.id, at('10:00')))).toBe('invalid-mutation');
    expect(await phone((seq) => update(seq, inspection.id, { recommendation: 'pending' }, at('10:01')))).toBe(
      'applied',
    );
    expect(await phone((seq) => submit(seq, inspection.id, at('10:02')))).toBe('applied');
  });

  it('rejects every update and piece of evidence after submit as inspection-locked', async () => {
    const inspection = await started({ recommendation: 'fail' });
    const id = inspection.id;
    const measurement = measurementFor(id);
    const rectification = rectificationFor(id);
    const phone = device();
    expect(await phone((seq) => mutation(seq, 'measurement.add', measurement))).toBe('applied');
    expect(await phone((seq) => mutation(seq, 'rectification.add', rectification))).toBe('applied');
    expect(await phone((seq) => submit(seq, id, hlcAt('2026-11-22T12:00:00Z', 'a')))).toBe('applied');
    const after: ((seq: number) => MutationInput)[] = [
      (seq) => update(seq, id, { cartons: 1 }, hlcAt('2026-11-22T13:00:00Z', 'a')),
      (seq) => addDefect(seq, defectFor(id)),
      (seq) => mutation(seq, 'measurement.add', measurementFor(id)),
      (seq) => removeOf(seq, 'measurement.remove', measurement),
      (seq) => mutation(seq, 'checklist.answer', answerFor(id)),
      (seq) => mutation(seq, 'rectification.add', rectificationFor(id)),
      (seq) => removeOf(seq, 'rectification.remove', rectification),
      (seq) => mutation(seq, 'signature.add', signatureFor(id)),
    ];
    for (const make of after) expect(await phone(make)).toBe('inspection-locked');
  });

  it("forbids updating or submitting another user's inspection and reports an unknown one", async () => {
    const merchId = (
      await h.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: merch } })
    ).json().user.id as string;
    const theirs = inspectionFor(seededOrder('hoodie'), { inspectorId: merchId, recommendation: 'pass' });
    expect(await device(merch)((seq) => start(seq, theirs))).toBe('applied');
    const at = hlcAt('2026-11-22T09:00:00Z', 'a');
    const phone = device();
    expect(await phone((seq) => update(seq, theirs.id, { cartons: 1 }, at))).toBe('forbidden');
    expect(await phone((seq) => submit(seq, theirs.id, at))).toBe('forbidden');
    expect(await phone((seq) => update(seq, randomUUID(), { cartons: 1 }, at))).toBe('unknown-inspection');
  });

  it('answers a replayed update with its stored result and changes nothing', async () => {
    const inspection = await started();
    const clientId = randomUUID();
    const edit = update(1, inspection.id, { cartons: 7 }, hlcAt('2026-11-22T09:00:00Z', 'a'));
    await push(h.app, inspector, clientId, [edit]);
    const before = await countRows(h.database, 'change_log');
    const replay = await push(h.app, inspector, clientId, [edit]);
    expect(replay.body.results).toEqual([{ seq: 1, status: 'duplicate' }]);
    expect(await countRows(h.database, 'change_log')).toBe(before);
  });
});

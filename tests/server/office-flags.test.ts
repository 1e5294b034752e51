import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, openInspection } from './device';
import { measurementFor, mutation, removeOf } from './evidence-builders';
import { createHarness, DB_KINDS, type Harness } from './harness';
import { getJson, loginCookie } from './http';

describe.each(DB_KINDS)('measurement disagreement flag on %s', (kind) => {
  let h: Harness;
  let office: string;
  let inspector: string;

  beforeAll(async () => {
    h = await createHarness(kind);
    [office, inspector] = await Promise.all([loginCookie(h.app, 'office'), loginCookie(h.app, 'inspector')]);
  });
  afterAll(() => h.close());

  const flagsOf = async (id: string) =>
    (await getJson(h.app, office, `/api/office/inspections/${id}`)).body.flags;

  it('flags two live readings of one cell further apart than the tolerance and clears it on removal', async () => {
    const { id, send } = await openInspection(h, inspector, 'shirt');
    const close = [measurementFor(id, { value: 56.5 }), measurementFor(id, { value: 56.6 })];
    expect(codes(await send(close.map((m, i) => mutation(2 + i, 'measurement.add', m))))).toEqual([
      'applied',
      'applied',
    ]);
    expect(await flagsOf(id)).toEqual([]);
    const far = measurementFor(id, { value: 70 });
    expect(codes(await send([mutation(4, 'measurement.add', far)]))).toEqual(['applied']);
    expect(await flagsOf(id)).toEqual(['measurement_disagreement']);
    expect(codes(await send([removeOf(5, 'measurement.remove', far)]))).toEqual(['applied']);
    expect(await flagsOf(id)).toEqual([]);
  });
});

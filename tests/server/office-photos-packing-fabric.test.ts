import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectionFor, seededOrder, start } from './builders';
import { codes } from './device';
import {
  fabricDefectFor,
  fabricRollFor,
  mutation,
  packingCheckFor,
  photoFor,
  removeOf,
} from './evidence-builders';
import { createHarness, DB_KINDS, type Harness } from './harness';
import { getJson, loginCookie, push } from './http';

describe.each(DB_KINDS)('office detail of photos, packing checks and fabric rolls on %s', (kind) => {
  let h: Harness;
  let office: string;
  const shown = inspectionFor(seededOrder('shirt'));
  const empty = inspectionFor(seededOrder('jacket'));
  // Distinct times: the detail lists evidence oldest first.
  const at = (minute: number) => `2026-11-22T08:${String(minute).padStart(2, '0')}:00.000Z`;
  const photos = [photoFor(shown.id, { createdAt: at(30) }), photoFor(shown.id, { createdAt: at(31) })];
  const removedPhoto = photoFor(shown.id);
  // Both checks of carton 17 are kept: the office sees the recount after the failure.
  const checks = [
    packingCheckFor(shown.id, { createdAt: at(40) }),
    packingCheckFor(shown.id, { result: 'pass', actual: '24 pcs', createdAt: at(41) }),
  ];
  const roll = fabricRollFor(shown.id, { createdAt: at(10) });
  const removedRoll = fabricRollFor(shown.id, { rollNo: 'R-099', createdAt: at(11) });
  const defects = [
    fabricDefectFor(roll, { createdAt: at(20) }),
    fabricDefectFor(roll, { createdAt: at(21) }),
  ];
  const removedDefect = fabricDefectFor(roll);

  beforeAll(async () => {
    h = await createHarness(kind);
    let inspector: string;
    [office, inspector] = await Promise.all([loginCookie(h.app, 'office'), loginCookie(h.app, 'inspector')]);
    const res = await push(h.app, inspector, randomUUID(), [
      start(1, shown),
      start(2, empty),
      ...[...photos, removedPhoto].map((p, i) => mutation(3 + i, 'photo.add', p)),
      removeOf(6, 'photo.remove', removedPhoto),
      ...checks.map((c, i) => mutation(7 + i, 'packing.check', c)),
      mutation(9, 'fabric_roll.add', roll),
      mutation(10, 'fabric_roll.add', removedRoll),
      removeOf(11, 'fabric_roll.remove', removedRoll),
      ...[...defects, removedDefect].map((d, i) => mutation(12 + i, 'fabric_defect.add', d)),
      removeOf(15, 'fabric_defect.remove', removedDefect),
    ]);
    expect(codes(res)).toEqual(Array(15).fill('applied'));
  });
  afterAll(() => h.close());

  it('shows the live photos, fabric rolls and fabric defects and every packing check of an inspection', async () => {
    const res = await getJson(h.app, office, `/api/office/inspections/${shown.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      inspection: shown,
      photos,
      packingChecks: checks,
      fabricRolls: [roll],
      fabricDefects: defects,
      // The fields the detail had before keep their shape.
      defects: [],
      measurements: [],
      checklistAnswers: [],
      rectifications: [],
      signatures: [],
    });
  });

  it('shows empty lists for an inspection without any', async () => {
    const res = await getJson(h.app, office, `/api/office/inspections/${empty.id}`);
    expect(res.body).toMatchObject({ photos: [], packingChecks: [], fabricRolls: [], fabricDefects: [] });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, defectFor } from './builders';
import { codes, openInspection } from './device';
import { fabricDefectFor, fabricRollFor, mutation, photoFor, removeOf } from './evidence-builders';
import { createHarness, DB_KINDS, type Harness } from './harness';
import { loginCookie } from './http';
import { pullAll, pulledRecords } from './pulling';

/** A photo's defect, an annotated photo's original and a fabric defect's roll: same inspection only. */
describe.each(DB_KINDS)('references between pieces of evidence on %s', (kind) => {
  let h: Harness;
  let inspector: string;
  beforeAll(async () => {
    h = await createHarness(kind);
    inspector = await loginCookie(h.app, 'inspector');
  });
  afterAll(() => h.close());

  const logSize = () => countRows(h.database, 'change_log');
  const opened = () => openInspection(h, inspector);
  /** Rows stored under one inspection, to show a refused add wrote nothing. */
  const rowsOf = async (table: 'photos' | 'fabric_defects', inspectionId: string) =>
    (await h.database.db.selectFrom(table).select('id').where('inspection_id', '=', inspectionId).execute())
      .length;

  it('accepts a photo of each target kind and an annotated copy of a photo of the same inspection', async () => {
    const { id, send } = await opened();
    const defect = defectFor(id);
    const original = photoFor(id, { target: { kind: 'defect', id: defect.id } });
    const photos = [
      original,
      photoFor(id, { target: { kind: 'checklist_item', code: 'APC-002' } }),
      photoFor(id, { target: { kind: 'packing', cartonNo: 17 } }),
      photoFor(id, { target: { kind: 'packing', cartonNo: null } }),
      photoFor(id, { target: original.target, annotationOf: original.id }),
    ];
    const res = await send([
      mutation(2, 'defect.add', defect),
      ...photos.map((p, i) => mutation(3 + i, 'photo.add', p)),
    ]);
    expect(codes(res)).toEqual(Array(6).fill('applied'));
    const seen = pulledRecords((await pullAll(h, inspector, 1000)).changes, 'photo');
    for (const p of photos) expect(seen.get(p.id)).toEqual(p);
  });

  it('refuses a photo of a defect, or a copy of a photo, of another inspection or never stored as invalid-mutation', async () => {
    const first = await opened();
    const second = await opened();
    const theirDefect = defectFor(first.id);
    const theirPhoto = photoFor(first.id);
    await first.send([mutation(2, 'defect.add', theirDefect), mutation(3, 'photo.add', theirPhoto)]);
    const before = await logSize();
    const res = await second.send([
      mutation(2, 'photo.add', photoFor(second.id, { target: { kind: 'defect', id: theirDefect.id } })),
      mutation(
        3,
        'photo.add',
        photoFor(second.id, { target: { kind: 'defect', id: defectFor(second.id).id } }),
      ),
      mutation(4, 'photo.add', photoFor(second.id, { annotationOf: theirPhoto.id })),
      mutation(5, 'photo.add', photoFor(second.id, { annotationOf: photoFor(second.id).id })),
    ]);
    expect(codes(res)).toEqual(Array(4).fill('invalid-mutation'));
    expect(await logSize()).toBe(before);
    expect(await rowsOf('photos', second.id)).toBe(0);
  });

  it('refuses a fabric defect on a roll of another inspection or on no stored roll as invalid-mutation', async () => {
    const first = await opened();
    const second = await opened();
    const theirRoll = fabricRollFor(first.id);
    await first.send([mutation(2, 'fabric_roll.add', theirRoll)]);
    const before = await logSize();
    const res = await second.send([
      mutation(2, 'fabric_defect.add', fabricDefectFor({ id: theirRoll.id, inspectionId: second.id })),
      mutation(3, 'fabric_defect.add', fabricDefectFor(fabricRollFor(second.id))),
    ]);
    expect(codes(res)).toEqual(['invalid-mutation', 'invalid-mutation']);
    expect(await logSize()).toBe(before);
    expect(await rowsOf('fabric_defects', second.id)).toBe(0);
  });

  it('accepts a photo of a defect and a fabric defect of a roll that the same outbox removed first', async () => {
    const { id, send } = await opened();
    const defect = defectFor(id);
    const roll = fabricRollFor(id);
    const photo = photoFor(id, { target: { kind: 'defect', id: defect.id } });
    const onRoll = fabricDefectFor(roll);
    const res = await send([
      mutation(2, 'defect.add', defect),
      mutation(3, 'fabric_roll.add', roll),
      removeOf(4, 'defect.remove', defect),
      removeOf(5, 'fabric_roll.remove', roll),
      // Queued before the removes on another device, or re-sent after them: still the same record.
      mutation(6, 'photo.add', photo),
      mutation(7, 'fabric_defect.add', onRoll),
    ]);
    expect(codes(res)).toEqual(Array(6).fill('applied'));
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../src/shared/sync-protocol';
import { countRows, inspectionFor, seededOrder, start, USER } from './builders';
import { codes, openInspection } from './device';
import {
  fabricDefectFor,
  fabricRollFor,
  mutation,
  packingCheckFor,
  photoFor,
  removeOf,
  submit,
  hlcAt,
} from './evidence-builders';
import { createHarness, DB_KINDS, type Harness } from './harness';
import { loginCookie, push } from './http';
import { pullAll, pulledRecords } from './pulling';

describe.each(DB_KINDS)('photos, packing checks and fabric rolls on %s', (kind) => {
  let h: Harness;
  let inspector: string;
  let merch: string;
  beforeAll(async () => {
    h = await createHarness(kind);
    [inspector, merch] = await Promise.all([loginCookie(h.app, 'inspector'), loginCookie(h.app, 'merch')]);
  });
  afterAll(() => h.close());

  const logSize = () => countRows(h.database, 'change_log');
  const opened = (style: Parameters<typeof seededOrder>[0] = 'shirt') => openInspection(h, inspector, style);
  const pulled = async (cookie: string, entity: Change['entity']) =>
    pulledRecords((await pullAll(h, cookie, 1000)).changes, entity);

  /** One record of each new kind on inspection `id`, the fabric defect on the roll. */
  const oneOfEach = (id: string) => {
    const roll = fabricRollFor(id);
    return {
      photo: photoFor(id),
      packing_check: packingCheckFor(id),
      fabric_roll: roll,
      fabric_defect: fabricDefectFor(roll),
    } as const;
  };
  const addAll = (records: ReturnType<typeof oneOfEach>, firstSeq: number) => [
    mutation(firstSeq, 'photo.add', records.photo),
    mutation(firstSeq + 1, 'packing.check', records.packing_check),
    mutation(firstSeq + 2, 'fabric_roll.add', records.fabric_roll),
    mutation(firstSeq + 3, 'fabric_defect.add', records.fabric_defect),
  ];

  it('applies a photo, a packing check, a fabric roll and its defect, logs each once and pulls each back as its own entity', async () => {
    const { id, send } = await opened();
    const records = oneOfEach(id);
    const before = await logSize();
    expect(codes(await send(addAll(records, 2)))).toEqual(Array(4).fill('applied'));
    expect(await logSize()).toBe(before + 4);
    for (const [entity, record] of Object.entries(records))
      expect((await pulled(inspector, entity as Change['entity'])).get(record.id), entity).toEqual(record);
    const row = await h.database.db
      .selectFrom('photos')
      .select(['sha256', 'inspection_id'])
      .where('id', '=', records.photo.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ sha256: records.photo.sha256, inspection_id: id });
  });

  it('keeps every packing check of one carton and kind, and offers no way to remove one', async () => {
    const { id, send } = await opened();
    const failed = packingCheckFor(id);
    const recount = packingCheckFor(id, {
      result: 'pass',
      actual: '24 pcs',
      createdAt: '2026-11-22T09:00:00.000Z',
    });
    const res = await send([
      mutation(2, 'packing.check', failed),
      mutation(3, 'packing.check', recount),
      // Not in the contract: a corrected check is a newer check, never a removal.
      {
        seq: 4,
        name: 'packing.remove',
        args: { id: failed.id, inspectionId: id, deletedAt: recount.createdAt },
      },
    ]);
    expect(codes(res)).toEqual(['applied', 'applied', 'invalid-mutation']);
    const seen = await pulled(inspector, 'packing_check');
    expect([seen.get(failed.id), seen.get(recount.id)]).toEqual([failed, recount]);
  });

  it('tombstones a removed photo, fabric roll or fabric defect once, keeps its row and pulls the tombstone', async () => {
    const { id, send } = await opened();
    const { photo, fabric_roll: roll, fabric_defect: defect } = oneOfEach(id);
    await send([
      mutation(2, 'photo.add', photo),
      mutation(3, 'fabric_roll.add', roll),
      mutation(4, 'fabric_defect.add', defect),
    ]);
    const before = await logSize();
    const later = '2026-11-23T00:00:00.000Z';
    const res = await send([
      removeOf(5, 'photo.remove', photo),
      removeOf(6, 'photo.remove', photo, later),
      removeOf(7, 'fabric_defect.remove', defect),
      removeOf(8, 'fabric_roll.remove', roll),
      removeOf(9, 'fabric_roll.remove', roll, later),
      // A re-sent add of a record removed since is the same record: applied, the tombstone stands.
      mutation(10, 'photo.add', photo),
      removeOf(11, 'fabric_defect.remove', fabricDefectFor(roll)),
    ]);
    expect(codes(res)).toEqual(Array(7).fill('applied'));
    expect(await logSize()).toBe(before + 3);
    const deletedAt = '2026-11-22T09:30:00.000Z';
    expect((await pulled(inspector, 'photo')).get(photo.id)).toEqual({ ...photo, deletedAt });
    expect((await pulled(inspector, 'fabric_roll')).get(roll.id)).toEqual({ ...roll, deletedAt });
    expect((await pulled(inspector, 'fabric_defect')).get(defect.id)).toEqual({ ...defect, deletedAt });
    for (const table of ['photos', 'fabric_rolls', 'fabric_defects'] as const) {
      const rows = await h.database.db
        .selectFrom(table)
        .select('deleted_at')
        .where('inspection_id', '=', id)
        .execute();
      expect(rows, table).toEqual([{ deleted_at: deletedAt }]);
    }
  });

  it("rejects a remove naming another inspection than the record's as invalid-mutation", async () => {
    const first = await opened();
    const second = await opened();
    const records = oneOfEach(first.id);
    const { photo, fabric_roll: roll, fabric_defect: defect } = records;
    await first.send(addAll(records, 2));
    const res = await second.send([
      removeOf(2, 'photo.remove', { ...photo, inspectionId: second.id }),
      removeOf(3, 'fabric_roll.remove', { ...roll, inspectionId: second.id }),
      removeOf(4, 'fabric_defect.remove', { ...defect, inspectionId: second.id }),
    ]);
    expect(codes(res)).toEqual(Array(3).fill('invalid-mutation'));
  });

  it('applies an identical re-add under a new seq but rejects an id reused for other content as id-conflict', async () => {
    const { id, send } = await opened();
    const r = oneOfEach(id);
    const res = await send([
      ...addAll(r, 2),
      ...addAll(r, 6),
      mutation(10, 'photo.add', { ...r.photo, width: 800 }),
      mutation(11, 'packing.check', { ...r.packing_check, result: 'pass' }),
      mutation(12, 'fabric_roll.add', { ...r.fabric_roll, rollNo: 'R-015' }),
      mutation(13, 'fabric_defect.add', { ...r.fabric_defect, kind: 'hole' }),
    ]);
    expect(codes(res)).toEqual([...Array(8).fill('applied'), ...Array(4).fill('id-conflict')]);
  });

  it('answers a replayed batch with its stored results and writes nothing', async () => {
    const { id, send } = await opened();
    const batch = addAll(oneOfEach(id), 2);
    await send(batch);
    const before = await logSize();
    const replay = await send(batch);
    expect(replay.body.results.map((r) => r.status)).toEqual(Array(4).fill('duplicate'));
    expect(await logSize()).toBe(before);
  });

  it('rejects every add and remove after submit as inspection-locked', async () => {
    const { id, send } = await openInspection(h, inspector, 'shirt', { recommendation: 'pass' });
    const kept = oneOfEach(id);
    await send(addAll(kept, 2));
    expect(codes(await send([submit(6, id, hlcAt('2026-11-22T12:00:00Z', 'a'))]))).toEqual(['applied']);
    const before = await logSize();
    const res = await send([
      ...addAll(oneOfEach(id), 7),
      removeOf(11, 'photo.remove', kept.photo),
      removeOf(12, 'fabric_roll.remove', kept.fabric_roll),
      removeOf(13, 'fabric_defect.remove', kept.fabric_defect),
    ]);
    expect(codes(res)).toEqual(Array(7).fill('inspection-locked'));
    expect(await logSize()).toBe(before);
  });

  it("forbids writing to another user's inspection and lets a merchandiser pull only its own orders' records", async () => {
    const theirs = inspectionFor(seededOrder('hoodie'), { inspectorId: USER.merch });
    expect(codes(await push(h.app, merch, randomUUID(), [start(1, theirs)]))).toEqual(['applied']);
    const res = await push(h.app, inspector, randomUUID(), addAll(oneOfEach(theirs.id), 1));
    expect(codes(res)).toEqual(Array(4).fill('forbidden'));

    const onShirt = await opened('shirt');
    const onChinos = await opened('chinos');
    const [mine, other] = [oneOfEach(onShirt.id), oneOfEach(onChinos.id)];
    await onShirt.send(addAll(mine, 2));
    await onChinos.send(addAll(other, 2));
    for (const [entity, record] of Object.entries(mine)) {
      const seen = await pulled(merch, entity as Change['entity']);
      expect(seen.has(record.id), entity).toBe(true);
      expect(seen.has(other[entity as keyof typeof other].id), entity).toBe(false);
    }
  });
});

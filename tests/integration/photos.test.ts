import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QcDb } from '../../src/db/db';
import { UnknownRecordError } from '../../src/db/repositories/defects';
import { InspectionLockedError, startInspection } from '../../src/db/repositories/inspections';
import {
  PhotoHashMismatchError,
  StorageFullError,
  addPhoto,
  isQuotaError,
  livePhotos,
  livePhotosOf,
  removePhoto,
  sha256Hex,
  type CapturedPhoto,
} from '../../src/db/repositories/photos';
import type { Inspection, PhotoTarget } from '../../src/shared/schema';
import { Mutation } from '../../src/shared/sync-protocol';
import { buildOrder, freshDb } from './fixtures';

let db: QcDb;
let inspection: Inspection;
let tick = 0;
const clock = { now: () => new Date(Date.UTC(2026, 10, 20, 9, 0, 0, (tick += 1))) };
const general: PhotoTarget = { kind: 'inspection' };

/** Stand-in JPEG bytes: the repository stores bytes, it never decodes them. */
const captured = async (content: string): Promise<CapturedPhoto> => {
  const bytes = new TextEncoder().encode(`jpeg:${content}`).buffer as ArrayBuffer;
  return { bytes, sha256: await sha256Hex(bytes), width: 1600, height: 1200, mime: 'image/jpeg' };
};
const add = async (content: string, target: PhotoTarget = general, annotationOf?: string) =>
  addPhoto(
    db,
    { inspectionId: inspection.id, target, captured: await captured(content), annotationOf },
    { clock },
  );
const wire = async (seq: number) => {
  const { createdAt: _createdAt, ...entry } = (await db.outbox.get(seq))!;
  return entry;
};

beforeEach(async () => {
  db = freshDb();
  const order = buildOrder();
  await db.orders.put(order);
  inspection = await startInspection(db, {
    orderId: order.id,
    inspectorId: order.factoryId,
    stage: 'final',
    lotSize: 500,
    cartons: 20,
  });
});
afterEach(async () => {
  await db.delete();
});

describe('photo repository', () => {
  it('a photo, its bytes and its photo.add outbox entry are written together', async () => {
    const photo = await add('front', { kind: 'checklist_item', code: 'PAC-001' });
    expect(await db.photos.get(photo.id)).toEqual(photo);
    const blob = await db.photoBlobs.get(photo.sha256);
    expect(new TextDecoder().decode(blob!.bytes)).toBe('jpeg:front');
    expect(blob).toMatchObject({ mime: 'image/jpeg', uploadedAt: null });
    expect(photo).toMatchObject({ bytes: 'jpeg:front'.length, annotationOf: null, deletedAt: null });
    const entry = await wire(2);
    expect(entry).toEqual({ seq: 2, name: 'photo.add', args: photo });
    expect(Mutation.parse(entry)).toEqual(entry);
  });

  it('a failure while queueing leaves neither the photo, its bytes nor its outbox entry', async () => {
    const fail = () => {
      throw new Error('simulated crash before the outbox entry');
    };
    db.outbox.hook('creating', fail);
    await expect(add('front')).rejects.toThrow('simulated crash');
    db.outbox.hook('creating').unsubscribe(fail);
    expect([await db.photos.count(), await db.photoBlobs.count(), await db.outbox.count()]).toEqual([
      0, 0, 1,
    ]);
  });

  it('a full disk surfaces as StorageFullError and nothing is half-written', async () => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.outbox.hook('creating', full);
    await expect(add('front')).rejects.toBeInstanceOf(StorageFullError);
    db.outbox.hook('creating').unsubscribe(full);
    expect([await db.photos.count(), await db.photoBlobs.count(), await db.outbox.count()]).toEqual([
      0, 0, 1,
    ]);
    expect((await db.meta.get('nextSeq'))?.value).toBe(2);
    // Dexie may hand over only the aborted transaction, with the quota error inside it.
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
  });

  it('the same bytes taken twice are stored once and referenced by two photos', async () => {
    const first = await add('same shot');
    const second = await add('same shot', { kind: 'packing', cartonNo: 3 });
    expect(second.id).not.toBe(first.id);
    expect(second.sha256).toBe(first.sha256);
    expect(await db.photoBlobs.count()).toBe(1);
    expect(await db.photos.count()).toBe(2);
    expect((await db.outbox.toArray()).map((e) => e.name)).toEqual([
      'inspection.start',
      'photo.add',
      'photo.add',
    ]);
  });

  it('bytes the server already confirmed keep their upload mark when taken again', async () => {
    const first = await add('uploaded');
    await db.photoBlobs.update(first.sha256, { uploadedAt: '2026-11-20T10:00:00.000Z' });
    await add('uploaded');
    expect((await db.photoBlobs.get(first.sha256))?.uploadedAt).toBe('2026-11-20T10:00:00.000Z');
  });

  it('bytes that do not match their hash are refused before anything is written', async () => {
    const photo = { ...(await captured('a')), sha256: (await captured('b')).sha256 };
    const input = { inspectionId: inspection.id, target: general, captured: photo };
    await expect(addPhoto(db, input)).rejects.toBeInstanceOf(PhotoHashMismatchError);
    expect(await db.photoBlobs.count()).toBe(0);
  });

  it('removing a photo tombstones it, queues photo.remove once and keeps the bytes', async () => {
    const photo = await add('front');
    await removePhoto(db, photo.id, { clock });
    await removePhoto(db, photo.id, { clock });
    const stored = await db.photos.get(photo.id);
    expect(stored?.deletedAt).not.toBeNull();
    expect(await wire(3)).toEqual({
      seq: 3,
      name: 'photo.remove',
      args: { id: photo.id, inspectionId: inspection.id, deletedAt: stored?.deletedAt },
    });
    expect(await db.outbox.count()).toBe(3);
    expect(await db.photoBlobs.count()).toBe(1);
    expect(await livePhotos(db, inspection.id)).toEqual([]);
    await expect(removePhoto(db, inspection.id)).rejects.toBeInstanceOf(UnknownRecordError);
  });

  it('a submitted inspection refuses new photos and removals', async () => {
    const photo = await add('before submit');
    await db.inspections.update(inspection.id, { status: 'submitted' });
    await expect(add('after submit')).rejects.toBeInstanceOf(InspectionLockedError);
    await expect(removePhoto(db, photo.id)).rejects.toBeInstanceOf(InspectionLockedError);
    expect([await db.photos.count(), await db.photoBlobs.count(), await db.outbox.count()]).toEqual([
      1, 1, 2,
    ]);
    expect((await db.photos.get(photo.id))?.deletedAt).toBeNull();
  });

  it('an annotated copy is a new photo of the same target and the original is kept beside it', async () => {
    const target: PhotoTarget = { kind: 'checklist_item', code: 'PAC-001' };
    const original = await add('original', target);
    const marked = await add('original + red circle', target, original.id);
    expect(marked).toMatchObject({ annotationOf: original.id, target });
    expect((await livePhotosOf(db, inspection.id, target)).map((p) => p.id)).toEqual([
      original.id,
      marked.id,
    ]);
    expect(await db.photoBlobs.count()).toBe(2);
    await expect(add('orphan', target, inspection.id)).rejects.toBeInstanceOf(UnknownRecordError);
  });

  it('photos of a target exclude removed photos and other targets', async () => {
    const itemA: PhotoTarget = { kind: 'checklist_item', code: 'A' };
    const kept = await add('a1', itemA);
    const removed = await add('a2', itemA);
    await add('b1', { kind: 'checklist_item', code: 'B' });
    await add('general');
    await removePhoto(db, removed.id, { clock });
    expect((await livePhotosOf(db, inspection.id, itemA)).map((p) => p.id)).toEqual([kept.id]);
    expect(await livePhotos(db, inspection.id)).toHaveLength(3);
  });
});

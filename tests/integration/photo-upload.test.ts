import { createHash, randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QcDb } from '../../src/db/db';
import type { Photo } from '../../src/shared/schema';
import { createSyncEngine } from '../../src/sync/engine';
import { HttpError, NetworkError } from '../../src/sync/http';
import { createPhotoUploader } from '../../src/sync/photo-upload';
import type { PhotoProgress } from '../../src/sync/status';
import { freshDb, newTestId } from './fixtures';
import { apiError, networkDown, notFound, photoFetch, pushApplied, uploadState } from './photo-fetch';

let db: QcDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const KiB = 1024;
const NOW = Date.UTC(2026, 10, 22, 10);

/** A captured photo as the capture code leaves it: record, bytes and (optionally) its queued photo.add. */
const capture = async (size: number, options: { queued?: boolean; corrupt?: boolean } = {}) => {
  const bytes = new Uint8Array(randomBytes(size));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (options.corrupt) bytes[0] = (bytes[0] ?? 0) ^ 0xff;
  const photo: Photo = {
    id: newTestId(),
    inspectionId: newTestId(),
    target: { kind: 'inspection' },
    sha256,
    bytes: size,
    mime: 'image/jpeg',
    width: 1600,
    height: 1200,
    annotationOf: null,
    createdAt: '2026-11-22T09:00:00.000Z',
    deletedAt: null,
  };
  await db.photos.put(photo);
  await db.photoBlobs.put({ sha256, bytes: bytes.slice().buffer, mime: 'image/jpeg', uploadedAt: null });
  if (options.queued)
    await db.outbox.put({ seq: 1, name: 'photo.add', args: photo, createdAt: photo.createdAt });
  return { sha256, bytes, photo };
};

const uploaderWith = (fetch: ReturnType<typeof photoFetch>['fetch'], chunkSize = 256 * KiB) =>
  createPhotoUploader({ db, fetch, chunkSize, now: () => NOW });

describe('photo uploader', () => {
  it('uploads only after the photo.add left the outbox', async () => {
    const { sha256 } = await capture(1000, { queued: true });
    const fake = photoFetch([notFound(), uploadState(1000, 1000, true)]);
    const uploader = uploaderWith(fake.fetch);
    expect(await uploader.uploadPending()).toEqual({ uploaded: 0, failed: 0 });
    expect(fake.sent).toEqual([]);

    await db.outbox.clear();
    expect(await uploader.uploadPending()).toEqual({ uploaded: 1, failed: 0 });
    expect(fake.sent.map((r) => `${r.method} ${r.path}`)).toEqual([
      `HEAD /api/photos/${sha256}`,
      `PATCH /api/photos/${sha256}`,
    ]);
  });

  it('resumes from the offset HEAD reports, in chunks', async () => {
    const { bytes } = await capture(600 * KiB);
    const fake = photoFetch([
      uploadState(300 * KiB, 600 * KiB, false),
      uploadState(556 * KiB, 600 * KiB, false),
      uploadState(600 * KiB, 600 * KiB, true),
    ]);
    await uploaderWith(fake.fetch).uploadPending();
    const patches = fake.sent.filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => [r.offset, r.length, r.bytes?.byteLength])).toEqual([
      [300 * KiB, 600 * KiB, 256 * KiB],
      [556 * KiB, 600 * KiB, 44 * KiB],
    ]);
    // Buffer.equals: a byte-wise toEqual over 256 KiB takes seconds.
    const sentBytes = (i: number) => Buffer.from(patches[i]?.bytes ?? []);
    expect(sentBytes(0).equals(bytes.subarray(300 * KiB, 556 * KiB))).toBe(true);
    expect(sentBytes(1).equals(bytes.subarray(556 * KiB))).toBe(true);
  });

  it('marks uploadedAt only when the server reports the upload complete', async () => {
    const { sha256 } = await capture(400 * KiB);
    const first = photoFetch([notFound(), uploadState(256 * KiB, 400 * KiB, false), networkDown]);
    await expect(uploaderWith(first.fetch).uploadPending()).rejects.toBeInstanceOf(NetworkError);
    expect((await db.photoBlobs.get(sha256))?.uploadedAt).toBeNull();

    const second = photoFetch([
      uploadState(256 * KiB, 400 * KiB, false),
      uploadState(400 * KiB, 400 * KiB, true),
    ]);
    await uploaderWith(second.fetch).uploadPending();
    expect(second.sent[1]?.offset).toBe(256 * KiB);
    expect((await db.photoBlobs.get(sha256))?.uploadedAt).toBe(new Date(NOW).toISOString());
  });

  it('asks HEAD again after a 409 and continues from the offset the server holds', async () => {
    await capture(100 * KiB);
    const fake = photoFetch([
      uploadState(0, null, false),
      apiError(409, 'upload-offset-mismatch', { offset: 60 * KiB }),
      uploadState(60 * KiB, 100 * KiB, false),
      uploadState(100 * KiB, 100 * KiB, true),
    ]);
    expect(await uploaderWith(fake.fetch).uploadPending()).toEqual({ uploaded: 1, failed: 0 });
    expect(fake.sent.map((r) => [r.method, r.offset])).toEqual([
      ['HEAD', null],
      ['PATCH', 0],
      ['HEAD', null],
      ['PATCH', 60 * KiB],
    ]);
  });

  it('keeps the bytes and reports a 422 hash mismatch, without resending them every run', async () => {
    const { sha256, bytes } = await capture(2000, { corrupt: true });
    const fake = photoFetch([notFound(), apiError(422, 'hash-mismatch')]);
    const uploader = uploaderWith(fake.fetch);
    expect(await uploader.uploadPending()).toEqual({ uploaded: 0, failed: 1 });
    const kept = await db.photoBlobs.get(sha256);
    expect(kept?.uploadedAt).toBeNull();
    expect(new Uint8Array(kept?.bytes ?? new ArrayBuffer(0))).toEqual(bytes);
    expect(await uploader.progress()).toMatchObject({ pending: 1, failed: 1, lastError: 'hash-mismatch' });
    expect(await uploader.uploadPending()).toEqual({ uploaded: 0, failed: 0 });
    expect(fake.sent).toHaveLength(2);
  });

  it('stops on 401 and keeps every photo queued', async () => {
    await capture(1000);
    await capture(1000);
    const fake = photoFetch([new Response(null, { status: 401 })]);
    const run = uploaderWith(fake.fetch).uploadPending();
    await expect(run).rejects.toBeInstanceOf(HttpError);
    await expect(run).rejects.toMatchObject({ status: 401 });
    expect(fake.sent.map((r) => r.method)).toEqual(['HEAD']);
    expect(await db.photoBlobs.filter((b) => b.uploadedAt === null).count()).toBe(2);
  });
});

describe('sync engine with photos', () => {
  it('sends the bytes after push and pull and reports k of n uploaded', async () => {
    const { sha256 } = await capture(1000, { queued: true });
    const fake = photoFetch([notFound(), uploadState(1000, 1000, true)], pushApplied([1]));
    const engine = createSyncEngine({ db, fetch: fake.fetch, now: () => NOW, locks: null });
    const seen: PhotoProgress[] = [];
    engine.subscribePhotos((progress) => seen.push(progress));
    const report = await engine.syncOnce();
    expect(report).toMatchObject({ ok: true, pushed: 1, photos: { uploaded: 1, failed: 0 } });
    expect((await db.photoBlobs.get(sha256))?.uploadedAt).not.toBeNull();
    expect(seen.at(-1)).toEqual({
      total: 1,
      uploaded: 1,
      pending: 0,
      pendingBytes: 0,
      failed: 0,
      lastError: null,
    });
  });

  it('shows captured photos as pending bytes while offline', async () => {
    await capture(1500, { queued: true });
    const engine = createSyncEngine({
      db,
      fetch: () => Promise.reject(new TypeError('offline')),
      now: () => NOW,
      locks: null,
    });
    const seen: PhotoProgress[] = [];
    engine.subscribePhotos((progress) => seen.push(progress));
    expect((await engine.syncOnce()).status.state).toBe('offline');
    expect(seen.at(-1)).toMatchObject({ total: 1, uploaded: 0, pending: 1, pendingBytes: 1500 });
  });
});

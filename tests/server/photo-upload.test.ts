import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Photo } from '../../src/shared/schema/photo';
import { buildApp } from '../../sync-server/app';
import { fsPhotoStorage } from '../../sync-server/blobs/photo-storage';
import { codes, openInspection } from './device';
import { mutation, photoFor, removeOf } from './evidence-builders';
import { createHarness, DB_KINDS, type Harness } from './harness';
import { getJson, loginCookie } from './http';
import { getPhoto, headPhoto, patchPhoto, photoBytes, uploadFrom } from './photo-http';

describe.each(DB_KINDS)('photo byte upload on %s', (kind) => {
  let h: Harness;
  let app: FastifyInstance;
  let blobDir: string;
  let inspector: string;
  let merch: string;
  let office: string;

  beforeAll(async () => {
    h = await createHarness(kind);
    // The same database as the harness, with photo bytes in a throw-away directory.
    blobDir = mkdtempSync(join(tmpdir(), 'qc-blobs-'));
    app = await buildApp({ db: h.database, photoStorage: fsPhotoStorage(blobDir) });
    [inspector, merch, office] = await Promise.all([
      loginCookie(app, 'inspector'),
      loginCookie(app, 'merch'),
      loginCookie(app, 'office'),
    ]);
  });
  afterAll(async () => {
    await app.close();
    await h.close();
    rmSync(blobDir, { recursive: true, force: true });
  });

  /** An inspection of the inspector with one photo record per given hash, pushed. */
  const withPhotos = async (hashes: string[], style: 'shirt' | 'jacket' = 'shirt') => {
    const { id, send } = await openInspection(h, inspector, style);
    const photos = hashes.map((sha256) => photoFor(id, { sha256 }));
    const res = await send(photos.map((p, i) => mutation(2 + i, 'photo.add', p)));
    expect(codes(res)).toEqual(photos.map(() => 'applied'));
    return { id, photos, send };
  };
  const presence = async (id: string) =>
    (await getJson(app, office, `/api/office/inspections/${id}`)).body.photoPresence as Record<
      string,
      boolean
    >;

  it('uploads a photo in three chunks and GET returns identical bytes', async () => {
    const { bytes, sha256 } = photoBytes(300_000);
    await withPhotos([sha256]);
    const res = await uploadFrom(app, inspector, sha256, bytes, 0, 100_000);
    expect(res.statusCode).toBe(200);
    expect(res.headers['upload-complete']).toBe('1');
    const got = await getPhoto(app, inspector, sha256);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(bytes)).toBe(true);
    expect(got.headers['content-type']).toBe('image/jpeg');
    expect(got.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(existsSync(join(blobDir, 'blobs', sha256.slice(0, 2), sha256.slice(2, 4), sha256))).toBe(true);
  });

  it('resumes from the HEAD offset after an upload cut at 50%', async () => {
    const { bytes, sha256 } = photoBytes(200_000);
    await withPhotos([sha256]);
    expect((await headPhoto(app, inspector, sha256)).statusCode).toBe(404);
    await patchPhoto(app, inspector, sha256, {
      offset: 0,
      length: 200_000,
      bytes: bytes.subarray(0, 100_000),
    });
    const head = await headPhoto(app, inspector, sha256);
    expect(head.statusCode).toBe(200);
    expect(head.headers).toMatchObject({
      'upload-offset': '100000',
      'upload-length': '200000',
      'upload-complete': '0',
    });
    const res = await uploadFrom(app, inspector, sha256, bytes, 100_000, 64_000);
    expect(res.headers['upload-complete']).toBe('1');
    expect((await getPhoto(app, office, sha256)).rawPayload.equals(bytes)).toBe(true);
  });

  it('refuses a chunk at the wrong offset with 409 and the offset the server holds', async () => {
    const { bytes, sha256 } = photoBytes(50_000);
    await patchPhoto(app, inspector, sha256, { offset: 0, length: 50_000, bytes: bytes.subarray(0, 20_000) });
    const res = await patchPhoto(app, inspector, sha256, {
      offset: 30_000,
      length: 50_000,
      bytes: bytes.subarray(30_000),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      error: { code: 'upload-offset-mismatch', details: { offset: 20_000 } },
    });
  });

  it('refuses bytes that do not match their hash with 422 and stores nothing', async () => {
    const { sha256 } = photoBytes(10_000);
    const wrong = photoBytes(10_000).bytes;
    const res = await patchPhoto(app, inspector, sha256, { offset: 0, length: 10_000, bytes: wrong });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: { code: 'hash-mismatch' } });
    expect((await headPhoto(app, inspector, sha256)).statusCode).toBe(404);
    expect((await getPhoto(app, office, sha256)).statusCode).toBe(404);
    expect(readdirSync(join(blobDir, 'blobs', 'partial')).filter((f) => f.startsWith(sha256))).toEqual([]);
  });

  it('treats the same photo uploaded twice as done', async () => {
    const { bytes, sha256 } = photoBytes(40_000);
    await withPhotos([sha256]);
    const first = await uploadFrom(app, inspector, sha256, bytes, 0, 40_000);
    const again = await patchPhoto(app, inspector, sha256, { offset: 0, length: 40_000, bytes });
    expect([first.statusCode, again.statusCode]).toEqual([200, 200]);
    expect(again.headers).toMatchObject({ 'upload-offset': '40000', 'upload-complete': '1' });
    const head = await headPhoto(app, inspector, sha256);
    expect(head.headers).toMatchObject({ 'upload-offset': '40000', 'upload-complete': '1' });
  });

  it('ends present whether the bytes come before or after the record', async () => {
    const early = photoBytes(30_000);
    const late = photoBytes(30_000);
    expect((await uploadFrom(app, inspector, early.sha256, early.bytes, 0, 30_000)).statusCode).toBe(200);
    const { id, photos } = await withPhotos([early.sha256, late.sha256]);
    const [bytesFirst, recordFirst] = photos as [Photo, Photo];
    expect(await presence(id)).toEqual({ [bytesFirst.id]: true, [recordFirst.id]: false });
    expect((await uploadFrom(app, inspector, late.sha256, late.bytes, 0, 30_000)).statusCode).toBe(200);
    expect(await presence(id)).toEqual({ [bytesFirst.id]: true, [recordFirst.id]: true });
  });

  it("refuses to take or serve someone else's photo with 403", async () => {
    const { bytes, sha256 } = photoBytes(20_000);
    await withPhotos([sha256], 'jacket');
    const chunk = { offset: 0, length: 20_000, bytes };
    expect((await patchPhoto(app, merch, sha256, chunk)).json()).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect((await headPhoto(app, merch, sha256)).statusCode).toBe(403);
    expect((await patchPhoto(app, inspector, sha256, chunk)).statusCode).toBe(200);
    // The jacket order is not the merchandiser's; the office sees every inspection.
    expect((await getPhoto(app, merch, sha256)).statusCode).toBe(403);
    expect((await getPhoto(app, office, sha256)).statusCode).toBe(200);
  });

  it('requires a session for every photo request', async () => {
    const { bytes, sha256 } = photoBytes(1_000);
    const res = await patchPhoto(app, null, sha256, { offset: 0, length: 1_000, bytes });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'auth-required' } });
    expect((await headPhoto(app, null, sha256)).statusCode).toBe(401);
    expect((await getPhoto(app, null, sha256)).statusCode).toBe(401);
  });

  it('refuses a chunk over the limit with 413 payload-too-large', async () => {
    const { bytes, sha256 } = photoBytes(2 * 1024 * 1024 + 1);
    const res = await patchPhoto(app, inspector, sha256, { offset: 0, length: bytes.length, bytes });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: { code: 'payload-too-large' } });
  });

  it('shows the office k of n live photos present', async () => {
    const shots = [photoBytes(5_000), photoBytes(5_000), photoBytes(5_000), photoBytes(5_000)];
    const { id, photos, send } = await withPhotos(shots.map((s) => s.sha256));
    for (const shot of shots.slice(0, 2)) await uploadFrom(app, inspector, shot.sha256, shot.bytes, 0, 5_000);
    // A removed photo no longer counts, whether or not its bytes arrived.
    expect(codes(await send([removeOf(2 + photos.length, 'photo.remove', photos[0] as Photo)]))).toEqual([
      'applied',
    ]);
    const list = await getJson(app, office, '/api/office/inspections');
    const item = (list.body.items as { inspection: { id: string }; photos: unknown }[]).find(
      (i) => i.inspection.id === id,
    );
    expect(item?.photos).toEqual({ present: 1, total: 3 });
  });
});

import { createHash, randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QcDb, RejectedEntry } from '../../src/db/db';
import { addDefect } from '../../src/db/repositories/defects';
import { ageOf, readOutboxSummary } from '../../src/features/sync-screen/pending';
import { discardRejected, fixFor } from '../../src/features/sync-screen/rejected';
import type { Photo } from '../../src/shared/schema';
import { DeviceReport } from '../../src/shared/sync-protocol';
import { readDeviceReport } from '../../src/sync/device-report';
import { createSyncEngine } from '../../src/sync/engine';
import { emptyPull, json, scriptedFetch, seqsOf } from './fake-fetch';
import { freshDb, newTestId } from './fixtures';

let db: QcDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const at = (minute: number) => ({ clock: { now: () => new Date(Date.UTC(2026, 10, 22, 8, minute)) } });
const INFO = { appVersion: '0.1.0', userAgent: 'x'.repeat(300) };

/** A photo record with its bytes on the phone, uploaded or not. */
const storePhoto = async (size: number, uploadedAt: string | null) => {
  const bytes = new Uint8Array(randomBytes(size));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
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
    createdAt: '2026-11-22T07:00:00.000Z',
    deletedAt: null,
  };
  await db.photos.put(photo);
  await db.photoBlobs.put({ sha256, bytes: bytes.buffer, mime: 'image/jpeg', uploadedAt });
  return photo;
};

const rejected = (seq: number, code: RejectedEntry['code']): RejectedEntry => ({
  seq,
  name: 'defect.remove',
  args: { id: newTestId(), inspectionId: newTestId(), deletedAt: '2026-11-22T08:00:00.000Z' },
  code,
  status: 'rejected',
  at: '2026-11-22T09:00:00.000Z',
});

describe('device report', () => {
  it('counts pending mutations, pending photos and their bytes, and the oldest waiting time', async () => {
    const inspectionId = newTestId();
    await addDefect(db, { inspectionId, code: 'FAB-001', severity: 'minor' }, at(5));
    await addDefect(db, { inspectionId, code: 'FAB-002', severity: 'major' }, at(30));
    await storePhoto(1000, null);
    await storePhoto(2500, null);
    await storePhoto(4000, '2026-11-22T09:00:00.000Z');
    const report = await readDeviceReport(db, INFO);
    expect(DeviceReport.parse(report)).toEqual({
      pendingMutations: 2,
      pendingPhotos: 2,
      pendingPhotoBytes: 3500,
      oldestPendingAt: '2026-11-22T08:05:00.000Z',
      appVersion: '0.1.0',
      userAgent: 'x'.repeat(200),
    });
    expect(await readOutboxSummary(db)).toEqual({ count: 2, oldestAt: '2026-11-22T08:05:00.000Z' });
  });

  it('reports zero and no oldest time on an empty phone', async () => {
    expect(await readDeviceReport(db, { appVersion: '0.1.0' })).toEqual({
      pendingMutations: 0,
      pendingPhotos: 0,
      pendingPhotoBytes: 0,
      oldestPendingAt: null,
      appVersion: '0.1.0',
    });
  });

  it('sends the report counted before the push with the push, and nothing else', async () => {
    await addDefect(db, { inspectionId: newTestId(), code: 'FAB-001', severity: 'minor' }, at(1));
    const fake = scriptedFetch({
      push: (request) =>
        json(200, { results: seqsOf(request).map((seq) => ({ seq, status: 'applied' })), lastSeq: 1 }),
      pull: () => emptyPull(),
    });
    const engine = createSyncEngine({ db, fetch: fake.fetch, now: Date.now, locks: null, device: INFO });
    expect(await engine.syncOnce()).toMatchObject({ ok: true, pushed: 1 });
    expect(fake.sent.map((r) => r.path)).toEqual(['/api/sync/push', '/api/sync/pull?cursor=0&limit=500']);
    expect(fake.sent[0]?.body).toMatchObject({
      device: { pendingMutations: 1, oldestPendingAt: '2026-11-22T08:01:00.000Z' },
    });
  });

  it('sends a report-only request after a round with nothing to push; its failure does not fail the round', async () => {
    const fake = scriptedFetch({
      pull: (request) => (request.path === '/api/sync/report' ? json(404, {}) : emptyPull()),
    });
    const engine = createSyncEngine({ db, fetch: fake.fetch, now: Date.now, locks: null, device: INFO });
    expect(await engine.syncOnce()).toMatchObject({ ok: true, pushed: 0 });
    const report = fake.sent.find((r) => r.path === '/api/sync/report');
    expect(report).toMatchObject({
      method: 'POST',
      body: { device: { pendingMutations: 0, pendingPhotos: 0 } },
    });
    expect(report?.body).toHaveProperty('clientId');
  });

  it('reports nothing when the engine is not given device info', async () => {
    const fake = scriptedFetch({ pull: () => emptyPull() });
    await createSyncEngine({ db, fetch: fake.fetch, now: Date.now, locks: null }).syncOnce();
    expect(fake.sent.map((r) => r.path)).not.toContain('/api/sync/report');
  });
});

describe('rejected entries', () => {
  it('discard removes only that rejected entry and leaves the local record as it is', async () => {
    const defect = await addDefect(db, { inspectionId: newTestId(), code: 'FAB-001', severity: 'minor' });
    await db.rejected.bulkPut([
      rejected(4, 'inspection-locked'),
      rejected(5, 'id-conflict'),
      rejected(6, null),
    ]);
    await discardRejected(db, 5);
    expect((await db.rejected.toArray()).map((entry) => entry.seq)).toEqual([4, 6]);
    expect(await db.defects.get(defect.id)).toEqual(defect);
    expect(await db.outbox.count()).toBe(1);
  });

  it('offers a copy for data faults and the office for refusals the phone cannot fix', () => {
    expect(fixFor('id-conflict')).toBe('keep-copy');
    expect(fixFor('invalid-mutation')).toBe('keep-copy');
    for (const code of [
      'inspection-locked',
      'forbidden',
      'unknown-order',
      'unknown-inspection',
      null,
    ] as const)
      expect(fixFor(code)).toBe('contact-office');
  });

  it('shows the oldest age in coarse units and never negative', () => {
    const now = Date.UTC(2026, 10, 22, 12);
    expect(ageOf('2026-11-22T11:45:00.000Z', now)).toEqual({ unit: 'minutes', n: 15 });
    expect(ageOf('2026-11-22T09:00:00.000Z', now)).toEqual({ unit: 'hours', n: 3 });
    expect(ageOf('2026-11-19T12:00:00.000Z', now)).toEqual({ unit: 'days', n: 3 });
    expect(ageOf('2026-11-23T12:00:00.000Z', now)).toEqual({ unit: 'minutes', n: 0 });
  });
});

import { createHash, randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QcDb, RejectedEntry } from '../../src/db/db';
import { getClientId } from '../../src/db/meta';
import { addDefect } from '../../src/db/repositories/defects';
import {
  buildUnsyncedExport,
  EXPORT_FORMAT,
  exportFileName,
  toBase64,
} from '../../src/features/export/build-export';
import type { Inspection, Photo } from '../../src/shared/schema';
import { freshDb, newTestId } from './fixtures';

let db: QcDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const NOW = Date.UTC(2026, 10, 22, 12);

const storePhoto = async (inspectionId: string, uploadedAt: string | null, queued: number | null) => {
  const bytes = new Uint8Array(randomBytes(3000));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const photo: Photo = {
    id: newTestId(),
    inspectionId,
    target: { kind: 'inspection' },
    sha256,
    bytes: bytes.byteLength,
    mime: 'image/jpeg',
    width: 1600,
    height: 1200,
    annotationOf: null,
    createdAt: '2026-11-22T07:00:00.000Z',
    deletedAt: null,
  };
  await db.photos.put(photo);
  await db.photoBlobs.put({ sha256, bytes: bytes.slice().buffer, mime: 'image/jpeg', uploadedAt });
  if (queued !== null)
    await db.outbox.put({ seq: queued, name: 'photo.add', args: photo, createdAt: photo.createdAt });
  return { photo, base64: Buffer.from(bytes).toString('base64') };
};

describe('buildUnsyncedExport', () => {
  it('holds every outbox entry, every rejected entry and the records they reference', async () => {
    const inspection = { id: newTestId(), status: 'in_progress' } as unknown as Inspection;
    await db.inspections.put(inspection);
    const defects = [];
    for (const code of ['FAB-001', 'FAB-002', 'SEW-010'])
      defects.push(await addDefect(db, { inspectionId: inspection.id, code, severity: 'minor' }));
    const pending = await storePhoto(inspection.id, null, 10);
    const refusedDefect = defects[0]!;
    const refused: RejectedEntry = {
      seq: 99,
      name: 'defect.add',
      args: refusedDefect,
      code: 'id-conflict',
      status: 'rejected',
      at: '2026-11-22T09:00:00.000Z',
    };
    await db.rejected.put(refused);

    const file = await buildUnsyncedExport(db, () => NOW);
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(file).toMatchObject({ format: EXPORT_FORMAT, exportedAt: '2026-11-22T12:00:00.000Z' });
    expect(file.clientId).toBe(await getClientId(db));
    expect(file.outbox).toEqual(outbox);
    expect(file.outbox).toHaveLength(4);
    expect(file.rejected).toEqual([refused]);
    expect(file.records.inspections).toEqual([inspection]);
    const ids = (rows: unknown[] | undefined) => (rows ?? []).map((row) => (row as { id: string }).id).sort();
    expect(ids(file.records.defects)).toEqual(defects.map((d) => d.id).sort());
    expect(file.records.photos).toEqual([pending.photo]);
    expect(file.photos).toEqual([
      { sha256: pending.photo.sha256, mime: 'image/jpeg', size: 3000, base64: pending.base64 },
    ]);
    // The file is plain JSON: it survives a round trip unchanged.
    expect(JSON.parse(JSON.stringify(file))).toEqual(file);
  });

  it('carries the bytes of every photo not yet uploaded, and none of the uploaded ones', async () => {
    const inspectionId = newTestId();
    const pushedNotUploaded = await storePhoto(inspectionId, null, null);
    await storePhoto(inspectionId, '2026-11-22T08:00:00.000Z', null);
    const file = await buildUnsyncedExport(db, () => NOW);
    expect(file.photos.map((p) => p.sha256)).toEqual([pushedNotUploaded.photo.sha256]);
    expect(file.outbox).toEqual([]);
  });

  it('exports only the chosen rejected entry for "keep a copy"', async () => {
    const inspectionId = newTestId();
    const kept = await addDefect(db, { inspectionId, code: 'FAB-001', severity: 'minor' });
    const other = await addDefect(db, { inspectionId, code: 'FAB-002', severity: 'minor' });
    await storePhoto(inspectionId, null, null);
    await db.rejected.bulkPut([
      {
        seq: 7,
        name: 'defect.add',
        args: kept,
        code: 'invalid-mutation',
        status: 'rejected',
        at: '2026-11-22T09:00:00.000Z',
      },
      {
        seq: 8,
        name: 'defect.add',
        args: other,
        code: 'id-conflict',
        status: 'rejected',
        at: '2026-11-22T09:00:00.000Z',
      },
    ]);
    const file = await buildUnsyncedExport(db, () => NOW, { outboxSeqs: [], rejectedSeqs: [7] });
    expect(file.outbox).toEqual([]);
    expect(file.rejected.map((entry) => entry.seq)).toEqual([7]);
    expect(file.records.defects).toEqual([kept]);
    expect(file.photos).toEqual([]);
  });

  it('encodes large buffers in chunks and names the file by date', () => {
    const big = new Uint8Array(randomBytes(200_000));
    expect(toBase64(big.buffer)).toBe(Buffer.from(big).toString('base64'));
    expect(exportFileName(NOW)).toBe('qc-unsynced-2026-11-22.json');
  });
});

/**
 * The "export unsynced data" file: everything on this phone the server does not hold yet, in a
 * form a person in the office can read and re-enter — the queued changes, the refused ones, the
 * records they point at, and the bytes of photos not yet uploaded (base64). Pure over the
 * database: no DOM, so it is tested with fake-indexeddb.
 */
import type { OutboxEntry, QcDb, RejectedEntry } from '../../db/db';
import { getClientId } from '../../db/meta';
import { pendingHashes } from '../../sync/photo-queue';
import { loadReferences, type RecordTable } from './references';

export const EXPORT_FORMAT = 'qc-unsynced/1';

export interface ExportedPhoto {
  sha256: string;
  mime: string;
  size: number;
  base64: string;
}

export interface UnsyncedExport {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  clientId: string;
  outbox: OutboxEntry[];
  rejected: RejectedEntry[];
  records: Partial<Record<RecordTable, unknown[]>>;
  photos: ExportedPhoto[];
}

/** Which entries to export; the default is all of them (the sync screen's button). */
export interface ExportSelection {
  outboxSeqs?: number[];
  rejectedSeqs?: number[];
}

/** Chunked so a multi-megabyte photo does not overflow the argument limit of fromCharCode. */
export const toBase64 = (bytes: ArrayBuffer): string => {
  const view = new Uint8Array(bytes);
  let binary = '';
  for (let i = 0; i < view.length; i += 0x8000)
    binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
};

const pick = async <T extends { seq: number }>(all: () => Promise<T[]>, seqs: number[] | undefined) =>
  seqs ? (await all()).filter((entry) => seqs.includes(entry.seq)) : all();

export const buildUnsyncedExport = async (
  db: QcDb,
  now: () => number = Date.now,
  selection: ExportSelection = {},
): Promise<UnsyncedExport> => {
  const outbox = await pick(() => db.outbox.orderBy('seq').toArray(), selection.outboxSeqs);
  const rejected = await pick(() => db.rejected.orderBy('seq').toArray(), selection.rejectedSeqs);
  const records = await loadReferences(db, [...outbox, ...rejected]);
  // A full export carries every photo not yet uploaded; a selection only the photos it names.
  const selected = selection.outboxSeqs || selection.rejectedSeqs;
  const named = new Set((records.photos ?? []).map((photo) => (photo as { sha256: string }).sha256));
  const hashes = (await pendingHashes(db)).filter((sha256) => !selected || named.has(sha256));
  const photos: ExportedPhoto[] = [];
  for (const sha256 of hashes.sort()) {
    // One blob at a time: only the base64 text accumulates, not every ArrayBuffer as well.
    const blob = await db.photoBlobs.get(sha256);
    if (blob)
      photos.push({ sha256, mime: blob.mime, size: blob.bytes.byteLength, base64: toBase64(blob.bytes) });
  }
  return {
    format: EXPORT_FORMAT,
    exportedAt: new Date(now()).toISOString(),
    clientId: await getClientId(db),
    outbox,
    rejected,
    records,
    photos,
  };
};

/** Roughly how big the file will be, before building it: base64 adds a third to the bytes. */
export const estimateExportBytes = (pendingPhotoBytes: number, entries: number): number =>
  Math.ceil((pendingPhotoBytes * 4) / 3) + entries * 2_000;

export const exportFileName = (now: number): string =>
  `qc-unsynced-${new Date(now).toISOString().slice(0, 10)}.json`;

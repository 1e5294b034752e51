/**
 * Which photo bytes are waiting to be sent, read without loading the bytes themselves: a phone
 * after an offline shift may hold hundreds of megabytes of photos.
 */
import type { QcDb } from '../db/db';
import type { PhotoFailureCode, PhotoProgress } from './status';

/**
 * Hashes of blobs not yet confirmed by the server. IndexedDB does not index null, so the
 * `uploadedAt` index holds exactly the confirmed ones; the rest are pending.
 */
export const pendingHashes = async (db: QcDb): Promise<string[]> => {
  const [all, uploaded] = await Promise.all([
    db.photoBlobs.toCollection().primaryKeys(),
    db.photoBlobs.orderBy('uploadedAt').primaryKeys(),
  ]);
  const done = new Set(uploaded);
  return all.filter((sha256) => !done.has(sha256));
};

/**
 * Pending hashes that may go now: bytes travel AFTER their record, so a blob waits until at
 * least one photo record holding it has left the outbox (pushed — the server then knows whose
 * inspection it belongs to and authorises the upload). Oldest capture first.
 */
export const uploadableHashes = async (db: QcDb): Promise<string[]> => {
  const pending = await pendingHashes(db);
  if (pending.length === 0) return [];
  const queued = new Set<string>();
  await db.outbox.each((entry) => {
    if (entry.name === 'photo.add') queued.add(entry.args.id);
  });
  const ready: { sha256: string; createdAt: string }[] = [];
  for (const sha256 of pending) {
    const sent = (await db.photos.where('sha256').equals(sha256).toArray()).filter((p) => !queued.has(p.id));
    const first = sent.map((p) => p.createdAt).sort()[0];
    if (first !== undefined) ready.push({ sha256, createdAt: first });
  }
  return ready.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((r) => r.sha256);
};

/** Counts for "k of n photos uploaded"; sizes come from the records, not the stored bytes. */
export const readPhotoProgress = async (
  db: QcDb,
  failures: ReadonlyMap<string, PhotoFailureCode>,
): Promise<PhotoProgress> => {
  const [total, pending] = await Promise.all([db.photoBlobs.count(), pendingHashes(db)]);
  let pendingBytes = 0;
  for (const sha256 of pending) {
    const record = await db.photos.where('sha256').equals(sha256).first();
    pendingBytes += record?.bytes ?? (await db.photoBlobs.get(sha256))?.bytes.byteLength ?? 0;
  }
  const codes = pending.flatMap((sha256) => failures.get(sha256) ?? []);
  return {
    total,
    uploaded: total - pending.length,
    pending: pending.length,
    pendingBytes,
    failed: codes.length,
    lastError: codes[0] ?? null,
  };
};

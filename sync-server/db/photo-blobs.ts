import type { Kysely } from 'kysely';
import type { Schema } from './schema';

/**
 * Queries over `photo_blobs` (migration 0004) joined to the hash column of `photos` (migration
 * 0003). `photo_blobs` is declared here with `withTables`, beside the queries that own it.
 */
export interface PhotoBlobTable {
  sha256: string;
  bytes: number;
  stored_at: string;
}

export type PhotoDb = Kysely<Schema & { photo_blobs: PhotoBlobTable }>;

export const withPhotoTables = (db: Kysely<Schema>): PhotoDb =>
  db.withTables<{ photo_blobs: PhotoBlobTable }>();

/** Size of the verified blob, or null when the server does not hold it whole. */
export async function storedBlobSize(db: Kysely<Schema>, sha256: string): Promise<number | null> {
  const row = await withPhotoTables(db)
    .selectFrom('photo_blobs')
    .select('bytes')
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  return row ? Number(row.bytes) : null;
}

/** Idempotent: a second completion of the same bytes (another user, a retry) changes nothing. */
export async function recordStoredBlob(
  db: Kysely<Schema>,
  row: { sha256: string; bytes: number; storedAt: string },
): Promise<void> {
  await withPhotoTables(db)
    .insertInto('photo_blobs')
    .values({ sha256: row.sha256, bytes: row.bytes, stored_at: row.storedAt })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
}

/** Every photo record naming this hash (tombstoned ones too), with its inspection's scope. */
export interface PhotoHolder {
  data: string;
  inspectorId: string;
  factoryId: string;
  merchandiserId: string | null;
}

export async function photoHolders(db: Kysely<Schema>, sha256: string): Promise<PhotoHolder[]> {
  const rows = await withPhotoTables(db)
    .selectFrom('photos as p')
    .innerJoin('inspections as i', 'i.id', 'p.inspection_id')
    .innerJoin('orders as o', 'o.id', 'i.order_id')
    .select(['p.data', 'i.inspector_id', 'i.factory_id', 'o.merchandiser_id'])
    .where('p.sha256', '=', sha256)
    .execute();
  return rows.map((r) => ({
    data: r.data,
    inspectorId: r.inspector_id,
    factoryId: r.factory_id,
    merchandiserId: r.merchandiser_id,
  }));
}

/**
 * Per inspection: live photo records, and how many of them have their bytes (joined by hash).
 * `merchandiserId` limits rows to that user's orders, as in office-queries.ts.
 */
export async function livePhotoCounts(
  db: Kysely<Schema>,
  merchandiserId: string | null,
): Promise<Map<string, { present: number; total: number }>> {
  const rows = await withPhotoTables(db)
    .selectFrom('photos as p')
    .innerJoin('inspections as i', 'i.id', 'p.inspection_id')
    .innerJoin('orders as o', 'o.id', 'i.order_id')
    .leftJoin('photo_blobs as b', 'b.sha256', 'p.sha256')
    .select((eb) => [
      'p.inspection_id',
      eb.fn.countAll<number | string>().as('total'),
      eb.fn.count<number | string>('b.sha256').as('present'),
    ])
    .where('p.deleted_at', 'is', null)
    .$if(merchandiserId !== null, (qb) => qb.where('o.merchandiser_id', '=', merchandiserId))
    .groupBy('p.inspection_id')
    .execute();
  return new Map(rows.map((r) => [r.inspection_id, { present: Number(r.present), total: Number(r.total) }]));
}

/** photo id → whether its bytes are held, for the live photos of one inspection. */
export async function photoPresenceOf(
  db: Kysely<Schema>,
  inspectionId: string,
): Promise<Record<string, boolean>> {
  const rows = await withPhotoTables(db)
    .selectFrom('photos as p')
    .leftJoin('photo_blobs as b', 'b.sha256', 'p.sha256')
    .select(['p.id', 'b.sha256 as stored'])
    .where('p.inspection_id', '=', inspectionId)
    .where('p.deleted_at', 'is', null)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.id, r.stored !== null]));
}

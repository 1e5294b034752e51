import type { Kysely } from 'kysely';

/**
 * Which photo bytes the server holds whole and verified. A row is written only after the blob
 * store has published the bytes under their SHA-256 (services/photo-upload.ts), so "present"
 * (a photo record whose sha256 has a row here) always means the bytes can be served.
 *
 * Keyed by hash, not by photo id: the bytes may arrive before any record names them, and one
 * blob serves every record with the same content. `bytes` stays a 32-bit integer on both
 * engines: photos are capped far below 2 GiB (MAX_PHOTO_BYTES).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('photo_blobs')
    .addColumn('sha256', 'text', (col) => col.primaryKey())
    .addColumn('bytes', 'integer', (col) => col.notNull())
    .addColumn('stored_at', 'text', (col) => col.notNull())
    .execute();
}

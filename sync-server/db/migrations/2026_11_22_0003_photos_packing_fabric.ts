import type { Kysely } from 'kysely';

/**
 * Photo metadata, packing checks and fabric 4-point inspection, as evidence tables of the same
 * shape as 0002 (id, inspection_id, created_at, deleted_at, data) so db/evidence.ts writes them
 * all. Packing checks are append-only without a remove: their deleted_at simply stays null.
 *
 * Two kind-specific columns exist because something queries them:
 * - `photos.sha256` (indexed): photo bytes are stored content-addressed, and the upload side
 *   joins on the hash to report "k of n photos present".
 * - `fabric_defects.roll_id` (indexed, references the roll): a roll's points are summed per roll.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const evidenceTable = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('inspection_id', 'text', (col) => col.notNull().references('inspections.id'))
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('deleted_at', 'text')
      .addColumn('data', 'text', (col) => col.notNull());
  const byInspection = (table: string) =>
    db.schema.createIndex(`${table}_inspection_idx`).on(table).column('inspection_id').execute();

  await evidenceTable('photos')
    .addColumn('sha256', 'text', (col) => col.notNull())
    .execute();
  await byInspection('photos');
  await db.schema.createIndex('photos_sha256_idx').on('photos').column('sha256').execute();

  await evidenceTable('packing_checks').execute();
  await byInspection('packing_checks');

  await evidenceTable('fabric_rolls').execute();
  await byInspection('fabric_rolls');

  await evidenceTable('fabric_defects')
    .addColumn('roll_id', 'text', (col) => col.notNull().references('fabric_rolls.id'))
    .execute();
  await byInspection('fabric_defects');
  await db.schema.createIndex('fabric_defects_roll_idx').on('fabric_defects').column('roll_id').execute();
}

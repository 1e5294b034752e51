import type { Kysely } from 'kysely';

/**
 * The rest of the inspection evidence, plus the per-field clocks of the inspection header.
 *
 * Every new evidence table has the same shape (id, inspection_id, created_at, deleted_at, data)
 * so one write path (db/evidence.ts) serves them all; kind-specific fields stay in `data`, as
 * nothing queries them yet. Signatures have no tombstone: their deleted_at simply stays null.
 * Scope (factory, order) is not repeated here: it lives on the inspection and the change log.
 *
 * `field_clocks` maps a header field to the HLC of the write that set it (services/mutations/
 * header-merge.ts). Existing inspections get '{}': a field never patched has no clock and
 * loses to any update.
 */
const EVIDENCE_TABLES = ['measurements', 'checklist_answers', 'rectifications', 'signatures'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('inspections')
    .addColumn('field_clocks', 'text', (col) => col.notNull().defaultTo('{}'))
    .execute();

  for (const table of EVIDENCE_TABLES) {
    await db.schema
      .createTable(table)
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('inspection_id', 'text', (col) => col.notNull().references('inspections.id'))
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('deleted_at', 'text')
      .addColumn('data', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex(`${table}_inspection_idx`).on(table).column('inspection_id').execute();
  }
}

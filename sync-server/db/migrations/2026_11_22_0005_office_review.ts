import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';

/**
 * The office review: the server's computed result and flags per inspection, the columns the
 * queue filters and sorts by (copied from the JSON so one index serves "fail first, then nearest
 * ex-factory, then newest"), the audit trail, assignments, and a change-log recipient so an
 * assignment reaches only its inspector's phone. Inspections stored before this migration read
 * 'pending' until their next change recomputes them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const text = (name: string, fallback: string) =>
    db.schema
      .alterTable('inspections')
      .addColumn(name, 'text', (col) => col.notNull().defaultTo(fallback))
      .execute();
  await text('stage', '');
  await text('computed_result', 'pending');
  await text('flags', '[]');
  await text('latest_decision', 'none');
  await text('customer', '');
  await text('ex_factory_date', '');
  // 0 = fail, 1 = anything else: "fail first" as an indexable column, not a CASE in ORDER BY.
  await db.schema
    .alterTable('inspections')
    .addColumn('result_rank', 'integer', (col) => col.notNull().defaultTo(1))
    .execute();

  const field = (column: string, key: string) =>
    isPostgres(db)
      ? sql.raw(`(${column}::json ->> '${key}')`)
      : sql.raw(`json_extract(${column}, '$.${key}')`);
  await sql`update inspections set stage = ${field('data', 'stage')},
    customer = (select ${field('o.data', 'customer')} from orders o where o.id = inspections.order_id),
    ex_factory_date = (select ${field('o.data', 'exFactoryDate')} from orders o where o.id = inspections.order_id)`.execute(
    db,
  );

  const index = (name: string, columns: string[]) =>
    db.schema.createIndex(name).on('inspections').columns(columns).execute();
  await index('inspections_queue_idx', ['result_rank', 'ex_factory_date', 'started_at desc', 'id desc']);
  // With a result filter the rank is fixed, so this one serves that filter already in queue order.
  await index('inspections_result_queue_idx', [
    'computed_result',
    'ex_factory_date',
    'started_at desc',
    'id desc',
  ]);
  await index('inspections_factory_idx', ['factory_id']);
  await index('inspections_inspector_idx', ['inspector_id']);
  // Result, decision and customer filters are few-valued: the queue index walk with a filter
  // beats an index on them followed by sorting tens of thousands of rows.

  await db.schema
    .createTable('office_audit')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('inspection_id', 'text', (col) => col.notNull().references('inspections.id'))
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('actor_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('detail', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('office_audit_inspection_idx')
    .on('office_audit')
    .columns(['inspection_id', 'seq'])
    .execute();

  await db.schema
    .createTable('assignments')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('order_id', 'text', (col) => col.notNull().references('orders.id'))
    .addColumn('factory_id', 'text', (col) => col.notNull())
    .addColumn('inspector_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('planned_date', 'text', (col) => col.notNull())
    .addColumn('data', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('assignments_order_idx').on('assignments').column('order_id').execute();
  await db.schema.createIndex('assignments_inspector_idx').on('assignments').column('inspector_id').execute();

  await db.schema.alterTable('change_log').addColumn('recipient_id', 'text').execute();
}

import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect';

/**
 * The first schema. Shipped migrations are append-only: never edit this file, add a new dated
 * one. Only the change-log cursor differs per engine (AUTOINCREMENT vs BIGSERIAL); everything
 * else is plain text/integer columns so both engines run the same queries.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const recordTable = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('data', 'text', (col) => col.notNull());

  await recordTable('factories').execute();
  await recordTable('spec_sheets').execute();
  await recordTable('defect_libraries').execute();
  await recordTable('checklists').execute();

  await recordTable('users')
    .addColumn('username', 'text', (col) => col.notNull().unique())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('password_hash', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('device_name', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('last_seen_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await recordTable('orders')
    .addColumn('factory_id', 'text', (col) => col.notNull().references('factories.id'))
    .addColumn('merchandiser_id', 'text', (col) => col.references('users.id'))
    .execute();
  await db.schema.createIndex('orders_merchandiser_idx').on('orders').column('merchandiser_id').execute();

  await recordTable('inspections')
    .addColumn('order_id', 'text', (col) => col.notNull().references('orders.id'))
    .addColumn('factory_id', 'text', (col) => col.notNull().references('factories.id'))
    .addColumn('inspector_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('started_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('inspections_order_idx').on('inspections').column('order_id').execute();
  await db.schema.createIndex('inspections_started_idx').on('inspections').column('started_at').execute();

  await recordTable('defects')
    .addColumn('inspection_id', 'text', (col) => col.notNull().references('inspections.id'))
    .addColumn('severity', 'text', (col) => col.notNull())
    .addColumn('quantity', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('defects_inspection_idx').on('defects').column('inspection_id').execute();

  await recordTable('decisions')
    .addColumn('inspection_id', 'text', (col) => col.notNull().references('inspections.id'))
    .addColumn('decided_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('decisions_inspection_idx').on('decisions').column('inspection_id').execute();

  await db.schema
    .createTable('sync_clients')
    .addColumn('client_id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('last_seq', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('mutation_results')
    .addColumn('client_id', 'text', (col) => col.notNull().references('sync_clients.client_id'))
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('code', 'text')
    .addColumn('payload_hash', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('mutation_results_pk', ['client_id', 'seq'])
    .execute();

  const changeLog = isPostgres(db)
    ? db.schema.createTable('change_log').addColumn('cursor', 'bigserial', (col) => col.primaryKey())
    : db.schema
        .createTable('change_log')
        .addColumn('cursor', 'integer', (col) => col.primaryKey().autoIncrement());
  await changeLog
    .addColumn('entity', 'text', (col) => col.notNull())
    .addColumn('entity_id', 'text', (col) => col.notNull())
    .addColumn('factory_id', 'text')
    .addColumn('order_id', 'text')
    .addColumn('data', 'text', (col) => col.notNull())
    .execute();
}

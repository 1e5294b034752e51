import type { Kysely } from 'kysely';
import type { Assignment } from '../../src/shared/schema/assignment';
import { withOfficeTables } from './office-schema';
import type { Schema } from './schema';
import type { Tx } from './write-transaction';

/**
 * Assignments and their change-log rows. An assignment is logged with `recipient_id` set to its
 * inspector, and pull-query.ts sends such rows only to that user: another inspector of the same
 * factory must not see someone else's plan. Factory and order are set too, for the office feed.
 */
async function logAssignment(trx: Tx, assignment: Assignment): Promise<void> {
  await withOfficeTables(trx)
    .insertInto('change_log')
    .values({
      entity: 'assignment',
      entity_id: assignment.id,
      factory_id: assignment.factoryId,
      order_id: assignment.orderId,
      recipient_id: assignment.inspectorId,
      data: JSON.stringify(assignment),
    })
    .execute();
}

export async function insertAssignment(trx: Tx, assignment: Assignment): Promise<void> {
  await withOfficeTables(trx)
    .insertInto('assignments')
    .values({
      id: assignment.id,
      order_id: assignment.orderId,
      factory_id: assignment.factoryId,
      inspector_id: assignment.inspectorId,
      planned_date: assignment.plannedDate,
      data: JSON.stringify(assignment),
    })
    .execute();
  await logAssignment(trx, assignment);
}

export async function saveAssignment(trx: Tx, assignment: Assignment): Promise<void> {
  await withOfficeTables(trx)
    .updateTable('assignments')
    .set({ data: JSON.stringify(assignment) })
    .where('id', '=', assignment.id)
    .execute();
  await logAssignment(trx, assignment);
}

export async function findAssignment(db: Kysely<Schema>, id: string): Promise<Assignment | undefined> {
  const row = await withOfficeTables(db)
    .selectFrom('assignments')
    .select('data')
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? (JSON.parse(row.data) as Assignment) : undefined;
}

export interface AssignmentFilter {
  orderId?: string;
  inspectorId?: string;
  merchandiserId: string | null;
}

/** Soonest planned first. */
export async function listAssignments(db: Kysely<Schema>, f: AssignmentFilter): Promise<Assignment[]> {
  const rows = await withOfficeTables(db)
    .selectFrom('assignments as a')
    .innerJoin('orders as o', 'o.id', 'a.order_id')
    .select('a.data')
    .$if(f.orderId !== undefined, (qb) => qb.where('a.order_id', '=', f.orderId!))
    .$if(f.inspectorId !== undefined, (qb) => qb.where('a.inspector_id', '=', f.inspectorId!))
    .$if(f.merchandiserId !== null, (qb) => qb.where('o.merchandiser_id', '=', f.merchandiserId))
    .orderBy('a.planned_date')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => JSON.parse(r.data) as Assignment);
}

/** Users of one role (or all), by display name, for the office's pickers. */
export async function usersByRole(db: Kysely<Schema>, role: string | undefined): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select('data')
    .$if(role !== undefined, (qb) => qb.where('role', '=', role!))
    .orderBy('username')
    .execute();
  return rows.map((r) => r.data);
}

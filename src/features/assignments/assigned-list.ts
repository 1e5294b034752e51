/**
 * The inspector's open assignments, read from this phone only (pulled from the server). An
 * assignment drops off once cancelled, or once this inspector started an inspection of that
 * order and stage after it was made — the plan is then being carried out.
 */
import type { QcDb } from '../../db/db';
import type { Assignment, Inspection, Order } from '../../shared/schema';

export interface AssignedItem {
  assignment: Assignment;
  order: Order | null;
}

export const openAssignments = (
  assignments: readonly Assignment[],
  mine: readonly Inspection[],
): Assignment[] =>
  assignments
    .filter((a) => a.cancelledAt === null)
    .filter(
      (a) => !mine.some((i) => i.orderId === a.orderId && i.stage === a.stage && i.startedAt >= a.createdAt),
    )
    .sort((a, b) => a.plannedDate.localeCompare(b.plannedDate) || a.id.localeCompare(b.id));

export const assignedToMe = async (db: QcDb, inspectorId: string): Promise<AssignedItem[]> => {
  const [assignments, inspections] = await Promise.all([
    db.assignments.where('inspectorId').equals(inspectorId).toArray(),
    db.inspections.filter((i) => i.inspectorId === inspectorId).toArray(),
  ]);
  const open = openAssignments(assignments, inspections);
  const orders = await db.orders.bulkGet(open.map((a) => a.orderId));
  return open.map((assignment, index) => ({ assignment, order: orders[index] ?? null }));
};

import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { CreateAssignmentRequest } from '../../src/shared/office-api';
import { Assignment } from '../../src/shared/schema/assignment';
import { Id } from '../../src/shared/schema/common';
import type { Order } from '../../src/shared/schema/order';
import { Role, type User } from '../../src/shared/schema/user';
import { findOrder, findUser } from '../db/lookups';
import {
  findAssignment,
  insertAssignment,
  listAssignments,
  saveAssignment,
  usersByRole,
} from '../db/office-assignments';
import type { Database } from '../db/open';
import { writeTransaction } from '../db/write-transaction';
import { ProblemError } from '../problems';
import { reviewerScope } from './office-queue';

/**
 * Planning inspections: office and admin for any order, a merchandiser for its own orders. The
 * inspector must be able to do the job (role inspector, the order's factory in scope): a plan
 * the phone could never act on is refused up front with a reason.
 */
function ownOrder(user: User, order: Order | undefined): Order {
  if (!order) throw new ProblemError('invalid-request', 'No such order.');
  if (user.role === 'merchandiser' && order.merchandiserId !== user.id)
    throw new ProblemError('forbidden', 'You may plan inspections of your own orders only.');
  return order;
}

export async function createAssignment(database: Database, user: User, body: unknown, now: Date) {
  reviewerScope(user);
  const request = CreateAssignmentRequest.parse(body);
  const order = ownOrder(user, await findOrder(database.db, request.orderId));
  const inspector = await findUser(database.db, request.inspectorId);
  if (!inspector || inspector.role !== 'inspector')
    throw new ProblemError('invalid-request', 'The assignee is not an inspector.');
  if (!inspector.factoryIds.includes(order.factoryId))
    throw new ProblemError(
      'invalid-request',
      `${inspector.displayName} does not work in this order's factory.`,
    );
  const assignment = Assignment.parse({
    ...request,
    id: randomUUID(),
    factoryId: order.factoryId,
    note: request.note ?? null,
    createdBy: user.id,
    createdAt: now.toISOString(),
    cancelledAt: null,
  });
  await writeTransaction(database, (trx) => insertAssignment(trx, assignment));
  return { assignment };
}

const ListQuery = z.object({ orderId: Id.optional(), inspectorId: Id.optional() });

export async function assignmentsOf(database: Database, user: User, query: unknown) {
  const merchandiserId = reviewerScope(user);
  const filter = ListQuery.parse(query ?? {});
  return { assignments: await listAssignments(database.db, { ...filter, merchandiserId }) };
}

/** Idempotent: cancelling a cancelled assignment returns it unchanged. */
export async function cancelAssignment(database: Database, user: User, id: string, now: Date) {
  reviewerScope(user);
  const assignment = await writeTransaction(database, async (trx) => {
    const found = Id.safeParse(id).success ? await findAssignment(trx, id) : undefined;
    if (!found) throw new ProblemError('not-found', 'No such assignment.');
    ownOrder(user, await findOrder(trx, found.orderId));
    if (found.cancelledAt !== null) return found;
    const cancelled = { ...found, cancelledAt: now.toISOString() };
    await saveAssignment(trx, cancelled);
    return cancelled;
  });
  return { assignment };
}

const UsersQuery = z.object({ role: Role.optional() });

export async function listUsers(database: Database, user: User, query: unknown) {
  reviewerScope(user);
  const { role } = UsersQuery.parse(query ?? {});
  const rows = await usersByRole(database.db, role);
  return { users: rows.map((data) => JSON.parse(data) as User) };
}

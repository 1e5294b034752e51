import { randomUUID } from 'node:crypto';
import { Decision, type Order } from '../../src/shared/schema';
import { appendChange } from '../../sync-server/db/change-log';
import { insertDecision } from '../../sync-server/db/records';
import { writeTransaction } from '../../sync-server/db/write-transaction';
import { USER } from '../../sync-server/seed/demo-ids';
import type { SyncServer } from './server';

/**
 * Office actions for tests that need them before (or without) the office API: they write
 * through the server's own record functions, record row and change-log row in one
 * transaction, the way the office service does.
 */
export async function approve(server: SyncServer, inspectionId: string) {
  const row = await server.database.db
    .selectFrom('inspections')
    .select(['factory_id', 'order_id'])
    .where('id', '=', inspectionId)
    .executeTakeFirstOrThrow();
  const decision = {
    id: randomUUID(),
    inspectionId,
    decision: 'approve' as const,
    comment: 'ok to ship',
    decidedBy: USER.office,
    decidedAt: new Date(server.clock.t).toISOString(),
  };
  await writeTransaction(server.database, (trx) =>
    insertDecision(trx, decision, { factoryId: row.factory_id, orderId: row.order_id }),
  );
  return decision;
}

/** The office edits an order (new version) or cancels it, as a change phones will pull. */
export async function editOrder(server: SyncServer, orderId: string, change: Partial<Order>): Promise<Order> {
  return writeTransaction(server.database, async (trx) => {
    const row = await trx
      .selectFrom('orders')
      .select('data')
      .where('id', '=', orderId)
      .executeTakeFirstOrThrow();
    const current = JSON.parse(row.data) as Order;
    const next: Order = { ...current, ...change, version: current.version + 1 };
    await trx
      .updateTable('orders')
      .set({ data: JSON.stringify(next) })
      .where('id', '=', orderId)
      .execute();
    await appendChange(trx, 'order', orderId, next, { factoryId: next.factoryId, orderId });
    return next;
  });
}

const officeCookies = new WeakMap<SyncServer, string>();

/** The office's session on this server (one login per server). */
async function officeCookie(server: SyncServer): Promise<string> {
  const known = officeCookies.get(server);
  if (known) return known;
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'office', password: 'demo-office' },
  });
  const cookie = `qc_session=${res.cookies.find((c) => c.name === 'qc_session')?.value ?? ''}`;
  officeCookies.set(server, cookie);
  return cookie;
}

/** The office approves a submitted inspection through its API (POST …/decisions). */
export async function decideApprove(server: SyncServer, inspectionId: string): Promise<Decision> {
  const res = await server.app.inject({
    method: 'POST',
    url: `/api/office/inspections/${inspectionId}/decisions`,
    headers: { cookie: await officeCookie(server) },
    payload: { decision: 'approve', comment: 'ok to ship' },
  });
  if (res.statusCode !== 201) throw new Error(`decide: ${res.statusCode} ${res.body}`);
  return Decision.parse((res.json() as { decision: unknown }).decision);
}

/** I5: the flags the office sees on an inspection (null when the detail carries none yet). */
export async function officeFlags(server: SyncServer, inspectionId: string): Promise<string[] | null> {
  const res = await server.app.inject({
    method: 'GET',
    url: `/api/office/inspections/${inspectionId}`,
    headers: { cookie: await officeCookie(server) },
  });
  const body = res.json() as { flags?: unknown };
  return Array.isArray(body.flags) ? (body.flags as string[]) : null;
}

import type { QueueItem, QueueQuery, QueueResponse } from '../../src/shared/office-api';
import { QueueQuery as QueueQuerySchema } from '../../src/shared/office-api';
import type { Decision } from '../../src/shared/schema/decision';
import type { Factory } from '../../src/shared/schema/factory';
import type { Inspection } from '../../src/shared/schema/inspection';
import type { Order } from '../../src/shared/schema/order';
import type { User } from '../../src/shared/schema/user';
import {
  decisionsOf,
  defectTotalsOf,
  photoCountsOf,
  queueRows,
  type QueueFilter,
  type QueueRow,
} from '../db/office-queue';
import type { Database } from '../db/open';
import { requireRole } from './roles';

/** Office and admin see everything; a merchandiser only its own orders; anyone else is refused. */
export const reviewerScope = (user: User): string | null => {
  requireRole(user, 'office', 'admin', 'merchandiser');
  return user.role === 'merchandiser' ? user.id : null;
};

/** Headers stored before `planOverrideReason` joined the contract lack it; null is its meaning there. */
const header = (json: string): Inspection => {
  const inspection = JSON.parse(json) as Inspection;
  return { ...inspection, planOverrideReason: inspection.planOverrideReason ?? null };
};

/** Turns one page of joined rows into queue items, reading counts and decisions for that page only. */
export async function queueItems(database: Database, rows: QueueRow[]): Promise<QueueItem[]> {
  const ids = rows.map((r) => (JSON.parse(r.inspection) as Inspection).id);
  const [totals, photos, decisions] = await Promise.all([
    defectTotalsOf(database.db, ids),
    photoCountsOf(database.db, ids),
    decisionsOf(database.db, ids),
  ]);
  const latest = new Map<string, Decision>();
  for (const d of decisions) if (!latest.has(d.inspectionId)) latest.set(d.inspectionId, d);
  return rows.map((row) => {
    const inspection = header(row.inspection);
    const order = JSON.parse(row.order) as Order;
    const factory = JSON.parse(row.factory) as Factory;
    const inspector = JSON.parse(row.inspector) as User;
    const counts = { critical: 0, major: 0, minor: 0, total: 0 };
    for (const t of totals.filter((x) => x.inspectionId === inspection.id)) {
      if (t.severity === 'critical' || t.severity === 'major' || t.severity === 'minor')
        counts[t.severity] += t.quantity;
      counts.total += t.quantity;
    }
    return {
      inspection,
      order: {
        id: order.id,
        po: order.po,
        customer: order.customer,
        styleCode: order.styleCode,
        styleName: order.styleName,
        exFactoryDate: order.exFactoryDate,
      },
      factory: { id: factory.id, code: factory.code, name: factory.name },
      inspector: { id: inspector.id, displayName: inspector.displayName },
      defectCounts: counts,
      photos: photos.get(inspection.id) ?? { present: 0, total: 0 },
      computedResult: row.computed_result as QueueItem['computedResult'],
      latestDecision: latest.get(inspection.id) ?? null,
      flags: JSON.parse(row.flags) as QueueItem['flags'],
    };
  });
}

export async function reviewQueue(database: Database, user: User, raw: unknown): Promise<QueueResponse> {
  const merchandiserId = reviewerScope(user);
  const { cursor = 0, limit, ...filters }: QueueQuery = QueueQuerySchema.parse(raw ?? {});
  const filter: QueueFilter = { ...filters, merchandiserId };
  // One row more than asked tells whether another page exists without a COUNT over the table.
  const rows = await queueRows(database.db, filter, { offset: cursor, limit: limit + 1 });
  const items = await queueItems(database, rows.slice(0, limit));
  return { items, nextCursor: rows.length > limit ? cursor + limit : null };
}

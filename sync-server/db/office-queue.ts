import type { Kysely } from 'kysely';
import type { QueueQuery } from '../../src/shared/office-api';
import type { Decision } from '../../src/shared/schema/decision';
import { withOfficeTables } from './office-schema';
import { withPhotoTables } from './photo-blobs';
import type { Schema } from './schema';

/**
 * The office queue in SQL: every filter is a WHERE on an indexed inspections column (migration
 * 0005), the order is the queue index (fail first, nearest ex-factory, newest), and paging is
 * LIMIT/OFFSET, so a page costs the same with 100 or 100,000 inspections. Counts and decisions
 * are then read for that page's ids only.
 */
export interface QueueRow {
  inspection: string;
  order: string;
  factory: string;
  inspector: string;
  computed_result: string;
  flags: string;
}

export type QueueFilter = Omit<QueueQuery, 'cursor' | 'limit'> & { merchandiserId: string | null };

const dayAfter = (date: string): string => {
  const next = new Date(`${date}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
};

export async function queueRows(
  db: Kysely<Schema>,
  f: QueueFilter,
  page: { offset: number; limit: number; oldestFirst?: boolean },
): Promise<QueueRow[]> {
  const odb = withOfficeTables(db);
  // Step 1 pages over inspections alone (no joins per skipped row), walking the queue index.
  const q = odb
    .selectFrom('inspections as i')
    .select('i.id')
    .$if(f.merchandiserId !== null, (qb) =>
      qb.where(
        'i.order_id',
        'in',
        db.selectFrom('orders').select('id').where('merchandiser_id', '=', f.merchandiserId),
      ),
    )
    .$if(f.factoryId !== undefined, (qb) => qb.where('i.factory_id', '=', f.factoryId!))
    .$if(f.customer !== undefined, (qb) => qb.where('i.customer', '=', f.customer!))
    .$if(f.orderId !== undefined, (qb) => qb.where('i.order_id', '=', f.orderId!))
    .$if(f.stage !== undefined, (qb) => qb.where('i.stage', '=', f.stage!))
    .$if(f.result !== undefined, (qb) => qb.where('i.computed_result', '=', f.result!))
    .$if(f.decision !== undefined, (qb) => qb.where('i.latest_decision', '=', f.decision!))
    .$if(f.inspectorId !== undefined, (qb) => qb.where('i.inspector_id', '=', f.inspectorId!))
    .$if(f.from !== undefined, (qb) => qb.where('i.started_at', '>=', f.from!))
    // `to` is inclusive: everything started before the next day begins.
    .$if(f.to !== undefined, (qb) => qb.where('i.started_at', '<', dayAfter(f.to!)));
  const ordered = page.oldestFirst
    ? q.orderBy('i.started_at').orderBy('i.id')
    : q
        .orderBy('i.result_rank')
        .orderBy('i.ex_factory_date')
        .orderBy('i.started_at', 'desc')
        .orderBy('i.id', 'desc');
  const ids = (await ordered.limit(page.limit).offset(page.offset).execute()).map((r) => r.id);
  if (ids.length === 0) return [];
  // Step 2 joins order, factory and inspector for this page only, then restores the page order.
  const rows = await odb
    .selectFrom('inspections as i')
    .innerJoin('orders as o', 'o.id', 'i.order_id')
    .innerJoin('factories as f', 'f.id', 'i.factory_id')
    .innerJoin('users as u', 'u.id', 'i.inspector_id')
    .select(['i.id', 'i.data as inspection', 'o.data as order', 'f.data as factory', 'u.data as inspector'])
    .select(['i.computed_result', 'i.flags'])
    .where('i.id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

// `IN ()` is invalid SQL; an id that can never exist keeps the query well-formed.
const ids = (list: readonly string[]) => (list.length > 0 ? [...list] : ['-']);

export async function defectTotalsOf(db: Kysely<Schema>, inspectionIds: readonly string[]) {
  const rows = await db
    .selectFrom('defects')
    .select((eb) => ['inspection_id', 'severity', eb.fn.sum<number | string>('quantity').as('quantity')])
    .where('inspection_id', 'in', ids(inspectionIds))
    .where('deleted_at', 'is', null)
    .groupBy(['inspection_id', 'severity'])
    .execute();
  return rows.map((r) => ({
    inspectionId: r.inspection_id,
    severity: r.severity,
    quantity: Number(r.quantity),
  }));
}

export async function photoCountsOf(db: Kysely<Schema>, inspectionIds: readonly string[]) {
  const rows = await withPhotoTables(db)
    .selectFrom('photos as p')
    .leftJoin('photo_blobs as b', 'b.sha256', 'p.sha256')
    .select((eb) => [
      'p.inspection_id',
      eb.fn.countAll<number | string>().as('total'),
      eb.fn.count<number | string>('b.sha256').as('present'),
    ])
    .where('p.inspection_id', 'in', ids(inspectionIds))
    .where('p.deleted_at', 'is', null)
    .groupBy('p.inspection_id')
    .execute();
  return new Map(rows.map((r) => [r.inspection_id, { present: Number(r.present), total: Number(r.total) }]));
}

/** Every decision of the given inspections, newest first (decidedAt is strictly increasing per inspection). */
export async function decisionsOf(db: Kysely<Schema>, inspectionIds: readonly string[]): Promise<Decision[]> {
  const rows = await db
    .selectFrom('decisions')
    .select('data')
    .where('inspection_id', 'in', ids(inspectionIds))
    .orderBy('decided_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => JSON.parse(r.data) as Decision);
}

import type { Kysely } from 'kysely';
import type { Schema } from './schema';

/** Read-only queries behind the office screens. `merchandiserId` limits rows to that user's orders. */
export interface InspectionJoinRow {
  inspection: string;
  order: string;
  factory: string;
  inspector: string;
}

const joined = (db: Kysely<Schema>, merchandiserId: string | null) =>
  db
    .selectFrom('inspections as i')
    .innerJoin('orders as o', 'o.id', 'i.order_id')
    .innerJoin('factories as f', 'f.id', 'i.factory_id')
    .innerJoin('users as u', 'u.id', 'i.inspector_id')
    .select(['i.data as inspection', 'o.data as order', 'f.data as factory', 'u.data as inspector'])
    .$if(merchandiserId !== null, (qb) => qb.where('o.merchandiser_id', '=', merchandiserId));

export const listInspectionRows = (db: Kysely<Schema>, merchandiserId: string | null) =>
  joined(db, merchandiserId).orderBy('i.started_at', 'desc').orderBy('i.id', 'desc').execute();

export const findInspectionRow = (db: Kysely<Schema>, id: string, merchandiserId: string | null) =>
  joined(db, merchandiserId).where('i.id', '=', id).executeTakeFirst();

/** Sum of quantities of live (not tombstoned) defects per inspection and severity. */
export async function liveDefectTotals(
  db: Kysely<Schema>,
  merchandiserId: string | null,
): Promise<{ inspectionId: string; severity: string; quantity: number }[]> {
  const rows = await db
    .selectFrom('defects as d')
    .innerJoin('inspections as i', 'i.id', 'd.inspection_id')
    .innerJoin('orders as o', 'o.id', 'i.order_id')
    .select((eb) => [
      'd.inspection_id',
      'd.severity',
      eb.fn.sum<number | string>('d.quantity').as('quantity'),
    ])
    .where('d.deleted_at', 'is', null)
    .$if(merchandiserId !== null, (qb) => qb.where('o.merchandiser_id', '=', merchandiserId))
    .groupBy(['d.inspection_id', 'd.severity'])
    .execute();
  return rows.map((r) => ({
    inspectionId: r.inspection_id,
    severity: r.severity,
    quantity: Number(r.quantity),
  }));
}

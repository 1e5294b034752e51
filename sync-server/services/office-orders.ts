import type { Checklist } from '../../src/shared/schema/checklist';
import { Id } from '../../src/shared/schema/common';
import type { Factory } from '../../src/shared/schema/factory';
import type { Rectification } from '../../src/shared/schema/rectification';
import type { SpecSheet } from '../../src/shared/schema/spec-sheet';
import type { User } from '../../src/shared/schema/user';
import { findOrder } from '../db/lookups';
import { queueRows } from '../db/office-queue';
import type { Database } from '../db/open';
import { ProblemError } from '../problems';
import { queueItems, reviewerScope } from './office-queue';

/**
 * One order's record for the office: what was ordered, against which spec sheet and checklist,
 * every inspection of it (all stages, oldest first) and the rectifications still on its list.
 * Rectifications have no "done" state yet, so "open" means live (not withdrawn).
 */
const ALL_OF_ONE_ORDER = 10_000;

const recordOf = async <T>(
  database: Database,
  table: 'factories' | 'spec_sheets' | 'checklists',
  id: string,
) => {
  const row = await database.db.selectFrom(table).select('data').where('id', '=', id).executeTakeFirst();
  return row ? (JSON.parse(row.data) as T) : null;
};

export async function orderRecord(database: Database, user: User, id: string) {
  const merchandiserId = reviewerScope(user);
  const order = Id.safeParse(id).success ? await findOrder(database.db, id) : undefined;
  // Out of a merchandiser's scope looks the same as absent: no probing for other orders.
  if (!order || (merchandiserId !== null && order.merchandiserId !== merchandiserId))
    throw new ProblemError('not-found', 'No such order.');
  const [factory, specSheet, checklist, rows, rectifications] = await Promise.all([
    recordOf<Factory>(database, 'factories', order.factoryId),
    recordOf<SpecSheet>(database, 'spec_sheets', order.specSheetId),
    recordOf<Checklist>(database, 'checklists', order.checklistId),
    queueRows(
      database.db,
      { orderId: order.id, merchandiserId },
      { offset: 0, limit: ALL_OF_ONE_ORDER, oldestFirst: true },
    ),
    database.db
      .selectFrom('rectifications as r')
      .innerJoin('inspections as i', 'i.id', 'r.inspection_id')
      .select('r.data')
      .where('i.order_id', '=', order.id)
      .where('r.deleted_at', 'is', null)
      .orderBy('r.created_at')
      .orderBy('r.id')
      .execute(),
  ]);
  return {
    order,
    factory,
    specSheet,
    checklist,
    inspections: await queueItems(database, rows),
    openRectifications: rectifications.map((r) => JSON.parse(r.data) as Rectification),
  };
}

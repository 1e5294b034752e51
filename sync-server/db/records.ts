import type { Checklist } from '../../src/shared/schema/checklist';
import type { Decision } from '../../src/shared/schema/decision';
import type { DefectLibrary } from '../../src/shared/schema/defect-library';
import type { Factory } from '../../src/shared/schema/factory';
import type { Inspection } from '../../src/shared/schema/inspection';
import type { Order } from '../../src/shared/schema/order';
import type { SpecSheet } from '../../src/shared/schema/spec-sheet';
import type { User } from '../../src/shared/schema/user';
import { appendChange, type ChangeScope } from './change-log';
import type { Tx } from './write-transaction';

/**
 * The one write path for sync-visible records (used by push and by the seed alike).
 * Owns the invariant "a record row and its change-log row are written in the same
 * transaction": inserts are insert-if-absent (ON CONFLICT DO NOTHING), and only an insert
 * that actually happened is logged, so replays and re-seeding add nothing. Evidence goes through
 * db/evidence.ts and the header's later edits through db/inspection-header.ts, on the same terms.
 */
const inserted = (rows: unknown[]): boolean => rows.length > 0;
const GLOBAL: ChangeScope = { factoryId: null, orderId: null };

export async function insertFactory(trx: Tx, factory: Factory): Promise<boolean> {
  const rows = await trx
    .insertInto('factories')
    .values({ id: factory.id, data: JSON.stringify(factory) })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  if (inserted(rows))
    await appendChange(trx, 'factory', factory.id, factory, { factoryId: factory.id, orderId: null });
  return inserted(rows);
}

export async function insertUser(trx: Tx, user: User, passwordHash: string): Promise<boolean> {
  const rows = await trx
    .insertInto('users')
    .values({
      id: user.id,
      username: user.username,
      role: user.role,
      password_hash: passwordHash,
      data: JSON.stringify(user),
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .execute();
  if (inserted(rows)) await appendChange(trx, 'user', user.id, user, GLOBAL);
  return inserted(rows);
}

export async function insertOrder(trx: Tx, order: Order): Promise<boolean> {
  const rows = await trx
    .insertInto('orders')
    .values({
      id: order.id,
      factory_id: order.factoryId,
      merchandiser_id: order.merchandiserId,
      data: JSON.stringify(order),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  if (inserted(rows))
    await appendChange(trx, 'order', order.id, order, { factoryId: order.factoryId, orderId: order.id });
  return inserted(rows);
}

type Catalogue =
  | { entity: 'spec_sheet'; record: SpecSheet }
  | { entity: 'defect_library'; record: DefectLibrary }
  | { entity: 'checklist'; record: Checklist };

const CATALOGUE_TABLES = {
  spec_sheet: 'spec_sheets',
  defect_library: 'defect_libraries',
  checklist: 'checklists',
} as const;

/** Spec sheets, defect libraries and checklists: global, versioned, immutable once stored. */
export async function insertCatalogue(trx: Tx, { entity, record }: Catalogue): Promise<boolean> {
  const rows = await trx
    .insertInto(CATALOGUE_TABLES[entity])
    .values({ id: record.id, data: JSON.stringify(record) })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  if (inserted(rows)) await appendChange(trx, entity, record.id, record, GLOBAL);
  return inserted(rows);
}

export async function insertInspection(trx: Tx, inspection: Inspection): Promise<boolean> {
  const rows = await trx
    .insertInto('inspections')
    .values({
      id: inspection.id,
      order_id: inspection.orderId,
      factory_id: inspection.factoryId,
      inspector_id: inspection.inspectorId,
      status: inspection.status,
      started_at: inspection.startedAt,
      data: JSON.stringify(inspection),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  const scope = { factoryId: inspection.factoryId, orderId: inspection.orderId };
  if (inserted(rows)) await appendChange(trx, 'inspection', inspection.id, inspection, scope);
  return inserted(rows);
}

export async function insertDecision(trx: Tx, decision: Decision, scope: ChangeScope): Promise<boolean> {
  const rows = await trx
    .insertInto('decisions')
    .values({
      id: decision.id,
      inspection_id: decision.inspectionId,
      decided_at: decision.decidedAt,
      data: JSON.stringify(decision),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  if (inserted(rows)) await appendChange(trx, 'decision', decision.id, decision, scope);
  return inserted(rows);
}

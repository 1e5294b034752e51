import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { SyncEntity } from '../../src/shared/sync-protocol';
import type { ChangeRow } from './change-log';
import type { Schema } from './schema';

/** What a user may pull; built from the user's role by services/scope.ts. */
export type PullScope =
  | { kind: 'all' }
  | { kind: 'factories'; userId: string; factoryIds: string[] }
  | { kind: 'merchandiser'; userId: string; factoryIds: string[] };

const CATALOGUES: SyncEntity[] = ['spec_sheet', 'defect_library', 'checklist'];
const ORDER_BOUND: SyncEntity[] = [
  'order',
  'inspection',
  'defect',
  'decision',
  'measurement',
  'checklist_answer',
  'rectification',
  'signature',
  'photo',
  'packing_check',
  'fabric_roll',
  'fabric_defect',
];
// `IN ()` is invalid SQL; an id that can never exist keeps the query well-formed.
const NONE = ['00000000-0000-0000-0000-000000000000'];
const ids = (list: string[]): string[] => (list.length > 0 ? list : NONE);

function scopeFilter(
  eb: ExpressionBuilder<Schema, 'change_log'>,
  scope: Exclude<PullScope, { kind: 'all' }>,
) {
  const own = eb.and([eb('entity', '=', 'user'), eb('entity_id', '=', scope.userId)]);
  // Assignments go to their inspector only (recipient_id, migration 0005; db/office-assignments.ts).
  const mine = eb.and([
    eb('entity', '=', 'assignment'),
    eb(sql.ref<string>('recipient_id'), '=', scope.userId),
  ]);
  const catalogues = eb('entity', 'in', CATALOGUES);
  if (scope.kind === 'factories') {
    return eb.or([
      catalogues,
      own,
      mine,
      eb.and([eb('entity', '=', 'factory'), eb('entity_id', 'in', ids(scope.factoryIds))]),
      eb.and([eb('entity', 'in', ORDER_BOUND), eb('factory_id', 'in', ids(scope.factoryIds))]),
    ]);
  }
  const myOrders = eb.selectFrom('orders').select('id').where('merchandiser_id', '=', scope.userId);
  const myFactories = eb
    .selectFrom('orders')
    .select('factory_id')
    .where('merchandiser_id', '=', scope.userId);
  return eb.or([
    catalogues,
    own,
    mine,
    eb.and([
      eb('entity', '=', 'factory'),
      eb.or([eb('entity_id', 'in', ids(scope.factoryIds)), eb('entity_id', 'in', myFactories)]),
    ]),
    eb.and([eb('entity', 'in', ORDER_BOUND), eb('order_id', 'in', myOrders)]),
  ]);
}

/** In-scope changes with after < cursor <= upTo, oldest first, at most `limit` rows. */
export async function scopedChanges(
  db: Kysely<Schema>,
  scope: PullScope,
  after: number,
  upTo: number,
  limit: number,
): Promise<ChangeRow[]> {
  let query = db
    .selectFrom('change_log')
    .select(['cursor', 'entity', 'entity_id', 'data'])
    .where('cursor', '>', after)
    .where('cursor', '<=', upTo);
  if (scope.kind !== 'all') query = query.where((eb) => scopeFilter(eb, scope));
  const rows = await query.orderBy('cursor').limit(limit).execute();
  return rows.map((row) => ({
    cursor: Number(row.cursor),
    entity: row.entity as SyncEntity,
    id: row.entity_id,
    data: row.data,
  }));
}

import type { Kysely } from 'kysely';
import type { SyncEntity } from '../../src/shared/sync-protocol';
import type { Schema } from './schema';
import type { Tx } from './write-transaction';

/** Which factory and order a change belongs to; null for global catalogues and users. */
export interface ChangeScope {
  factoryId: string | null;
  orderId: string | null;
}

export interface ChangeRow {
  cursor: number;
  entity: SyncEntity;
  id: string;
  data: string;
}

/** Call only inside `writeTransaction`, in the same transaction as the record it describes. */
export async function appendChange(
  trx: Tx,
  entity: SyncEntity,
  id: string,
  data: unknown,
  scope: ChangeScope,
): Promise<void> {
  await trx
    .insertInto('change_log')
    .values({
      entity,
      entity_id: id,
      factory_id: scope.factoryId,
      order_id: scope.orderId,
      data: JSON.stringify(data),
    })
    .execute();
}

/** The newest cursor, or 0 when nothing was ever written. */
export async function maxCursor(db: Kysely<Schema>): Promise<number> {
  const row = await db
    .selectFrom('change_log')
    .select((eb) => eb.fn.max('cursor').as('max'))
    .executeTakeFirst();
  return Number(row?.max ?? 0);
}

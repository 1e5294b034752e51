import type { MutationResultTable } from './schema';
import type { Tx } from './write-transaction';

/** Per-client push bookkeeping; always called inside the push's write transaction. */
export const findClient = (trx: Tx, clientId: string) =>
  trx.selectFrom('sync_clients').selectAll().where('client_id', '=', clientId).executeTakeFirst();

export async function insertClient(trx: Tx, clientId: string, userId: string, nowIso: string): Promise<void> {
  await trx
    .insertInto('sync_clients')
    .values({ client_id: clientId, user_id: userId, last_seq: 0, created_at: nowIso, updated_at: nowIso })
    .execute();
}

export async function setLastSeq(trx: Tx, clientId: string, lastSeq: number, nowIso: string): Promise<void> {
  await trx
    .updateTable('sync_clients')
    .set({ last_seq: lastSeq, updated_at: nowIso })
    .where('client_id', '=', clientId)
    .execute();
}

export const findResult = (trx: Tx, clientId: string, seq: number) =>
  trx
    .selectFrom('mutation_results')
    .selectAll()
    .where('client_id', '=', clientId)
    .where('seq', '=', seq)
    .executeTakeFirst();

export async function insertResult(trx: Tx, row: MutationResultTable): Promise<void> {
  await trx.insertInto('mutation_results').values(row).execute();
}

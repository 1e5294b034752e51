import type { Kysely } from 'kysely';
import type { User } from '../../src/shared/schema/user';
import { withOfficeTables } from './office-schema';
import type { Schema } from './schema';
import type { Tx } from './write-transaction';

/**
 * The office's audit trail of one inspection: every decision and reopen, with who and why.
 * Append-only; `seq` numbers entries per inspection so two in the same millisecond keep order.
 */
export interface AuditInput {
  id: string;
  inspectionId: string;
  at: string;
  actorId: string;
  action: 'decision' | 'reopen';
  detail: Record<string, unknown>;
}

export async function appendAudit(trx: Tx, entry: AuditInput): Promise<void> {
  const db = withOfficeTables(trx);
  const last = await db
    .selectFrom('office_audit')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('inspection_id', '=', entry.inspectionId)
    .executeTakeFirst();
  await db
    .insertInto('office_audit')
    .values({
      id: entry.id,
      inspection_id: entry.inspectionId,
      seq: Number(last?.seq ?? 0) + 1,
      at: entry.at,
      actor_id: entry.actorId,
      action: entry.action,
      detail: JSON.stringify(entry.detail),
    })
    .execute();
}

/** Oldest first, with the actor's display name. */
export async function auditEntries(db: Kysely<Schema>, inspectionId: string) {
  const rows = await withOfficeTables(db)
    .selectFrom('office_audit as a')
    .innerJoin('users as u', 'u.id', 'a.actor_id')
    .select(['a.at', 'a.action', 'a.detail', 'u.data as actor'])
    .where('a.inspection_id', '=', inspectionId)
    .orderBy('a.seq')
    .execute();
  return rows.map((r) => {
    const actor = JSON.parse(r.actor) as User;
    return {
      at: r.at,
      actor: { id: actor.id, displayName: actor.displayName },
      action: r.action as 'decision' | 'reopen',
      detail: JSON.parse(r.detail) as Record<string, unknown>,
    };
  });
}

/** The newest decidedAt of an inspection, so the next one can be made strictly later. */
export async function lastDecidedAt(trx: Tx, inspectionId: string): Promise<string | null> {
  const row = await trx
    .selectFrom('decisions')
    .select((eb) => eb.fn.max('decided_at').as('at'))
    .where('inspection_id', '=', inspectionId)
    .executeTakeFirst();
  return row?.at ?? null;
}

import type { Kysely } from 'kysely';
import type { SyncEntity } from '../../src/shared/sync-protocol';
import { appendChange, type ChangeScope } from './change-log';
import type { Schema } from './schema';
import type { Tx } from './write-transaction';

/**
 * The one storage path for append-only evidence (defects, measurements, checklist answers,
 * rectifications, signatures, photo metadata, packing checks, fabric rolls and their defects).
 * Owns the invariant "evidence is never overwritten": a row is inserted once (insert-if-absent)
 * and the only later write is its tombstone; each write appends its change-log row in the same
 * transaction, as db/records.ts does for the rest.
 */
export type EvidenceTableName =
  | 'defects'
  | 'measurements'
  | 'checklist_answers'
  | 'rectifications'
  | 'signatures'
  | 'photos'
  | 'packing_checks'
  | 'fabric_rolls'
  | 'fabric_defects';

export interface EvidenceRecord {
  id: string;
  inspectionId: string;
}

/** A record kind that can be tombstoned (signatures and packing checks cannot). */
export type Removable = EvidenceRecord & { deletedAt: string | null };

/** A record another record points at: it must be stored under the same inspection. */
export interface EvidenceReference {
  kind: EvidenceKind<EvidenceRecord>;
  id: string;
}

export interface EvidenceKind<T extends EvidenceRecord> {
  entity: SyncEntity;
  table: EvidenceTableName;
  /** Column values besides id, inspection_id and data; `created_at` orders the office view. */
  columns(
    record: T,
  ): { created_at: string; deleted_at: string | null } & Record<string, string | number | null>;
  /** Other evidence this record points at (a photo's defect, a fabric defect's roll), if any. */
  references?(record: T): EvidenceReference[];
}

/** Rows were written from schema-parsed records, so `data` is trusted without re-validation. */
export async function findEvidence<T extends EvidenceRecord>(
  trx: Tx,
  kind: EvidenceKind<T>,
  id: string,
): Promise<T | undefined> {
  const row = await trx.selectFrom(kind.table).select('data').where('id', '=', id).executeTakeFirst();
  return row ? (JSON.parse(row.data) as T) : undefined;
}

/** `scope` is the owning inspection's factory and order, so pull can filter evidence cheaply. */
export async function insertEvidence<T extends EvidenceRecord>(
  trx: Tx,
  kind: EvidenceKind<T>,
  record: T,
  scope: ChangeScope,
): Promise<boolean> {
  const rows = await trx
    .insertInto(kind.table)
    .values({
      ...kind.columns(record),
      id: record.id,
      inspection_id: record.inspectionId,
      data: JSON.stringify(record),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  if (rows.length > 0) await appendChange(trx, kind.entity, record.id, record, scope);
  return rows.length > 0;
}

/** `record` is the stored record with its `deletedAt` set; nothing else may change. */
export async function tombstoneEvidence<T extends Removable>(
  trx: Tx,
  kind: EvidenceKind<T>,
  record: T,
  scope: ChangeScope,
): Promise<void> {
  await trx
    .updateTable(kind.table)
    .set({ deleted_at: record.deletedAt, data: JSON.stringify(record) })
    .where('id', '=', record.id)
    .execute();
  await appendChange(trx, kind.entity, record.id, record, scope);
}

/** Live (not tombstoned) evidence of one inspection, oldest first, as stored JSON. */
export const liveEvidence = (db: Kysely<Schema>, table: EvidenceTableName, inspectionId: string) =>
  db
    .selectFrom(table)
    .select('data')
    .where('inspection_id', '=', inspectionId)
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

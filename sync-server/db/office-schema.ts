import type { Kysely } from 'kysely';
import type { Schema } from './schema';

/**
 * Columns and tables of migration 0005 (office review), declared beside the queries that own them
 * with `withTables`, as photo-blobs.ts does, so schema.ts stays the base every feature shares.
 */
export interface OfficeInspectionColumns {
  stage: string;
  computed_result: string;
  /** JSON array of InspectionFlag. */
  flags: string;
  /** Kind of the newest decision, or 'none'. */
  latest_decision: string;
  customer: string;
  ex_factory_date: string;
  /** 0 when computed_result is 'fail', else 1: the queue's first sort key. */
  result_rank: number;
}

export interface OfficeAuditTable {
  id: string;
  inspection_id: string;
  /** 1, 2, … per inspection: orders entries written within the same millisecond. */
  seq: number;
  at: string;
  actor_id: string;
  action: string;
  detail: string;
}

export interface AssignmentTable {
  id: string;
  order_id: string;
  factory_id: string;
  inspector_id: string;
  planned_date: string;
  data: string;
}

// A type alias, not an interface: withTables needs an index-signature-compatible record.
export type OfficeTables = {
  inspections: OfficeInspectionColumns;
  office_audit: OfficeAuditTable;
  assignments: AssignmentTable;
  /** Set for changes meant for one user only (assignments); null for everything else. */
  change_log: { recipient_id: string | null };
};

export type OfficeDb = Kysely<Schema & OfficeTables>;

export const withOfficeTables = (db: Kysely<Schema>): OfficeDb => db.withTables<OfficeTables>();

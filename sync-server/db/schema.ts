import type { Generated } from 'kysely';

/**
 * The server's tables as Kysely sees them. Every record table keeps the full record as JSON
 * text in `data` (portable across SQLite and PostgreSQL) plus only the columns that queries
 * and scope checks need. Timestamps are ISO-8601 UTC strings, which sort correctly as text.
 */
export interface RecordRow {
  id: string;
  data: string;
}

export type FactoryTable = RecordRow;

export interface UserTable extends RecordRow {
  username: string;
  role: string;
  password_hash: string;
}

export interface SessionTable {
  token_hash: string;
  user_id: string;
  device_name: string | null;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface OrderTable extends RecordRow {
  factory_id: string;
  merchandiser_id: string | null;
}

export type CatalogueTable = RecordRow;

export interface InspectionTable extends RecordRow {
  order_id: string;
  factory_id: string;
  inspector_id: string;
  status: string;
  started_at: string;
  /** JSON object: header field → HLC of the write that set it (defaults to '{}'). */
  field_clocks: Generated<string>;
}

/** Append-only evidence: every kind has this shape; `deleted_at` is the tombstone. */
export interface EvidenceTable extends RecordRow {
  inspection_id: string;
  created_at: string;
  deleted_at: string | null;
}

/** Defects also keep severity and quantity as columns for the office list's counts. */
export interface DefectTable extends EvidenceTable {
  severity: string;
  quantity: number;
}

/** Photo bytes are content-addressed; the hash is a column so uploads can be matched to records. */
export interface PhotoTable extends EvidenceTable {
  sha256: string;
}

/** A fabric defect belongs to one roll of the same inspection. */
export interface FabricDefectTable extends EvidenceTable {
  roll_id: string;
}

export interface DecisionTable extends RecordRow {
  inspection_id: string;
  decided_at: string;
}

export interface SyncClientTable {
  client_id: string;
  user_id: string;
  last_seq: number;
  created_at: string;
  updated_at: string;
}

export interface MutationResultTable {
  client_id: string;
  seq: number;
  status: string;
  code: string | null;
  payload_hash: string;
}

export interface ChangeLogTable {
  /** INTEGER AUTOINCREMENT on SQLite, BIGSERIAL on PostgreSQL (read back as string there). */
  cursor: Generated<number | string>;
  entity: string;
  entity_id: string;
  factory_id: string | null;
  order_id: string | null;
  data: string;
}

export interface Schema {
  factories: FactoryTable;
  users: UserTable;
  sessions: SessionTable;
  orders: OrderTable;
  spec_sheets: CatalogueTable;
  defect_libraries: CatalogueTable;
  checklists: CatalogueTable;
  inspections: InspectionTable;
  defects: DefectTable;
  measurements: EvidenceTable;
  checklist_answers: EvidenceTable;
  rectifications: EvidenceTable;
  signatures: EvidenceTable;
  photos: PhotoTable;
  packing_checks: EvidenceTable;
  fabric_rolls: EvidenceTable;
  fabric_defects: FabricDefectTable;
  decisions: DecisionTable;
  sync_clients: SyncClientTable;
  mutation_results: MutationResultTable;
  change_log: ChangeLogTable;
}

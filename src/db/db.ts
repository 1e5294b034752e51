/**
 * The phone's local database. Owns the invariant that schema versions are append-only:
 * NEVER delete or edit a shipped `version(n)` block — add `version(n + 1)` with an upgrade
 * that keeps the outbox and unsynced evidence. Deleting a version strands installed phones.
 */
import { Dexie, type EntityTable } from 'dexie';
import type {
  Assignment,
  Checklist,
  ChecklistAnswer,
  Decision,
  FabricDefect,
  FabricRoll,
  Defect,
  DefectLibrary,
  Factory,
  Inspection,
  Measurement,
  Order,
  PackingCheck,
  Photo,
  Rectification,
  Signature,
  SpecSheet,
  User,
} from '../shared/schema';
import type { Mutation } from '../shared/sync-protocol';
import type { MutationErrorCode } from '../shared/errors';

export const DEFAULT_DB_NAME = 'qc-inspect';

/** A queued mutation: exactly the shared wire shape plus when it was recorded. */
export type OutboxEntry = Mutation & { createdAt: string };

/** A mutation the server refused; kept and shown to the user, never silently dropped. */
export type RejectedEntry = Mutation & {
  code: MutationErrorCode | null;
  status: 'rejected' | 'conflict';
  at: string;
};

/**
 * The bytes of a photo, addressed by SHA-256 and kept as an ArrayBuffer (safer than Blob on
 * Safari). Deleted only after the server has confirmed it holds the same bytes.
 */
export interface PhotoBlob {
  sha256: string;
  bytes: ArrayBuffer;
  mime: string;
  /** Set when the server confirmed the bytes; the row may then be evicted. */
  uploadedAt: string | null;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export class QcDb extends Dexie {
  meta!: EntityTable<MetaRow, 'key'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  rejected!: EntityTable<RejectedEntry, 'seq'>;
  factories!: EntityTable<Factory, 'id'>;
  users!: EntityTable<User, 'id'>;
  orders!: EntityTable<Order, 'id'>;
  specSheets!: EntityTable<SpecSheet, 'id'>;
  defectLibraries!: EntityTable<DefectLibrary, 'id'>;
  checklists!: EntityTable<Checklist, 'id'>;
  inspections!: EntityTable<Inspection, 'id'>;
  defects!: EntityTable<Defect, 'id'>;
  decisions!: EntityTable<Decision, 'id'>;
  measurements!: EntityTable<Measurement, 'id'>;
  checklistAnswers!: EntityTable<ChecklistAnswer, 'id'>;
  rectifications!: EntityTable<Rectification, 'id'>;
  signatures!: EntityTable<Signature, 'id'>;
  photos!: EntityTable<Photo, 'id'>;
  photoBlobs!: EntityTable<PhotoBlob, 'sha256'>;
  packingChecks!: EntityTable<PackingCheck, 'id'>;
  fabricRolls!: EntityTable<FabricRoll, 'id'>;
  fabricDefects!: EntityTable<FabricDefect, 'id'>;
  assignments!: EntityTable<Assignment, 'id'>;

  constructor(name: string) {
    // 'strict' durability: a committed tap must survive a power cut (Chrome defaults to relaxed).
    super(name, { chromeTransactionDurability: 'strict' });
    // Version 1 (Foundation). Keep forever; later schemas go in new version() calls below it.
    this.version(1).stores({
      meta: '&key',
      outbox: '&seq',
      rejected: '&seq',
      factories: '&id',
      users: '&id',
      orders: '&id, po',
      specSheets: '&id',
      defectLibraries: '&id',
      checklists: '&id',
      inspections: '&id, orderId, status',
      defects: '&id, inspectionId',
      decisions: '&id, inspectionId',
    });
    // Version 2 (inspection evidence): new tables only, so existing data and the outbox
    // carry over untouched; Dexie keeps the version-1 stores as they were.
    this.version(2).stores({
      measurements: '&id, inspectionId, [inspectionId+sampleNo]',
      checklistAnswers: '&id, inspectionId, [inspectionId+itemCode]',
      rectifications: '&id, inspectionId',
      signatures: '&id, inspectionId',
    });
    // Version 3 (photos, packing, fabric rolls): new tables only, as in version 2.
    this.version(3).stores({
      photos: '&id, inspectionId, sha256',
      photoBlobs: '&sha256, uploadedAt',
      packingChecks: '&id, inspectionId, [inspectionId+kind]',
      fabricRolls: '&id, inspectionId',
      fabricDefects: '&id, inspectionId, rollId',
    });
    // Version 4 (office assignments pulled to the inspector's phone).
    this.version(4).stores({ assignments: '&id, inspectorId, orderId' });
  }
}

export const openQcDb = (name: string = DEFAULT_DB_NAME): QcDb => new QcDb(name);

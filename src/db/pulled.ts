/**
 * Where each pulled entity lives locally, and the one way to clear pulled data. Clearing
 * keeps the outbox and every inspection or defect an outbox entry still refers to: a
 * reset from the server must never take away evidence that has not been pushed yet.
 */
import { z } from 'zod';
import {
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
import type { SyncEntity } from '../shared/sync-protocol';
import type { QcDb } from './db';
import { META } from './meta';

type PulledTable =
  | 'factories'
  | 'users'
  | 'orders'
  | 'specSheets'
  | 'defectLibraries'
  | 'checklists'
  | 'inspections'
  | 'defects'
  | 'decisions'
  | 'measurements'
  | 'checklistAnswers'
  | 'rectifications'
  | 'signatures'
  | 'photos'
  | 'packingChecks'
  | 'fabricRolls'
  | 'fabricDefects'
  | 'assignments';

export const PULLED: Record<SyncEntity, { table: PulledTable; schema: z.ZodType<{ id: string }> }> = {
  factory: { table: 'factories', schema: Factory },
  user: { table: 'users', schema: User },
  order: { table: 'orders', schema: Order },
  spec_sheet: { table: 'specSheets', schema: SpecSheet },
  defect_library: { table: 'defectLibraries', schema: DefectLibrary },
  checklist: { table: 'checklists', schema: Checklist },
  inspection: { table: 'inspections', schema: Inspection },
  defect: { table: 'defects', schema: Defect },
  decision: { table: 'decisions', schema: Decision },
  measurement: { table: 'measurements', schema: Measurement },
  checklist_answer: { table: 'checklistAnswers', schema: ChecklistAnswer },
  rectification: { table: 'rectifications', schema: Rectification },
  signature: { table: 'signatures', schema: Signature },
  photo: { table: 'photos', schema: Photo },
  packing_check: { table: 'packingChecks', schema: PackingCheck },
  fabric_roll: { table: 'fabricRolls', schema: FabricRoll },
  fabric_defect: { table: 'fabricDefects', schema: FabricDefect },
  assignment: { table: 'assignments', schema: Assignment },
};

export const pulledTables = (db: QcDb) => Object.values(PULLED).map(({ table }) => db[table]);

/** Ids of records with mutations still in the outbox; pulled data must not overwrite them. */
export const pendingRecordIds = async (db: QcDb): Promise<Set<string>> => {
  const ids = new Set<string>();
  await db.outbox.each((entry) => ids.add(entry.args.id));
  return ids;
};

/** Drops pulled data and the cursor. Call inside a rw transaction over pulled tables, outbox and meta. */
export const clearPulledData = async (db: QcDb): Promise<void> => {
  const keep = await pendingRecordIds(db);
  // Also keep the inspection a pending defect belongs to, so the screen still has its header.
  await db.outbox.each((entry) => {
    if ('inspectionId' in entry.args) keep.add(entry.args.inspectionId);
  });
  // Catalogue rows never match a pending id, so they are cleared whole; evidence and headers
  // still waiting in the outbox stay.
  for (const table of pulledTables(db)) {
    await table.filter((row) => !keep.has(row.id)).delete();
  }
  await db.meta.put({ key: META.pullCursor, value: 0 });
};

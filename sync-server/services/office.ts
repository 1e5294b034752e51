import { Id } from '../../src/shared/schema/common';
import type { Factory } from '../../src/shared/schema/factory';
import type { Inspection } from '../../src/shared/schema/inspection';
import type { Order } from '../../src/shared/schema/order';
import type { User } from '../../src/shared/schema/user';
import type { Database } from '../db/open';
import { liveEvidence, type EvidenceKind, type EvidenceRecord } from '../db/evidence';
import {
  CHECKLIST_ANSWERS,
  DEFECTS,
  FABRIC_DEFECTS,
  FABRIC_ROLLS,
  MEASUREMENTS,
  PACKING_CHECKS,
  PHOTOS,
  RECTIFICATIONS,
  SIGNATURES,
} from '../db/evidence-kinds';
import {
  findInspectionRow,
  liveDefectTotals,
  listInspectionRows,
  type InspectionJoinRow,
} from '../db/office-queries';
import { decisionsOf } from '../db/office-queue';
import { readOfficeState } from '../db/office-state';
import { livePhotoCounts, photoPresenceOf } from '../db/photo-blobs';
import { ProblemError } from '../problems';
import { requireRole } from './roles';

/** The office review screens. Merchandisers see only inspections of their own orders. */
interface DefectCounts {
  critical: number;
  major: number;
  minor: number;
  total: number;
}

const officeViewer = (user: User): string | null => {
  requireRole(user, 'office', 'admin', 'merchandiser');
  return user.role === 'merchandiser' ? user.id : null;
};

const parseRow = (row: InspectionJoinRow) => ({
  inspection: JSON.parse(row.inspection) as Inspection,
  order: JSON.parse(row.order) as Order,
  factory: JSON.parse(row.factory) as Factory,
  inspector: JSON.parse(row.inspector) as User,
});

export async function listInspections(database: Database, user: User) {
  const merchandiserId = officeViewer(user);
  const [rows, totals, photoCounts] = await Promise.all([
    listInspectionRows(database.db, merchandiserId),
    liveDefectTotals(database.db, merchandiserId),
    livePhotoCounts(database.db, merchandiserId),
  ]);
  const counts = new Map<string, DefectCounts>();
  for (const t of totals) {
    const c = counts.get(t.inspectionId) ?? { critical: 0, major: 0, minor: 0, total: 0 };
    if (t.severity === 'critical' || t.severity === 'major' || t.severity === 'minor')
      c[t.severity] += t.quantity;
    c.total += t.quantity;
    counts.set(t.inspectionId, c);
  }
  const items = rows.map(parseRow).map(({ inspection, order, factory, inspector }) => ({
    inspection,
    order: {
      id: order.id,
      po: order.po,
      customer: order.customer,
      styleCode: order.styleCode,
      styleName: order.styleName,
    },
    factory: { id: factory.id, code: factory.code, name: factory.name },
    inspector: { id: inspector.id, displayName: inspector.displayName },
    defectCounts: counts.get(inspection.id) ?? { critical: 0, major: 0, minor: 0, total: 0 },
    // "k of n photos present": live records whose bytes arrived whole and verified.
    photos: photoCounts.get(inspection.id) ?? { present: 0, total: 0 },
  }));
  return { items };
}

/** Live (not tombstoned) evidence of one inspection, oldest first. */
async function evidenceOf<T extends EvidenceRecord>(
  database: Database,
  kind: EvidenceKind<T>,
  inspectionId: string,
): Promise<T[]> {
  const rows = await liveEvidence(database.db, kind.table, inspectionId);
  return rows.map((row) => JSON.parse(row.data) as T);
}

/**
 * Full order, factory and inspector records (a superset of the list's summaries) plus all live
 * evidence. Every answer, signature and packing check is returned, not just the latest per
 * checklist item, role or (kind, carton): the office sees the history, and the latest
 * createdAt/signedAt is the current one. A fabric defect of a removed roll is still listed while
 * it is live itself; the roll's absence from `fabricRolls` tells the reader it no longer counts.
 */
export async function inspectionDetail(database: Database, user: User, id: string) {
  const merchandiserId = officeViewer(user);
  const row = Id.safeParse(id).success ? await findInspectionRow(database.db, id, merchandiserId) : undefined;
  // Out of a merchandiser's scope looks the same as absent: no probing for other orders.
  if (!row) throw new ProblemError('not-found', 'No such inspection.');
  const { inspection, order, factory, inspector } = parseRow(row);
  const [defects, measurements, checklistAnswers, rectifications, signatures] = await Promise.all([
    evidenceOf(database, DEFECTS, id),
    evidenceOf(database, MEASUREMENTS, id),
    evidenceOf(database, CHECKLIST_ANSWERS, id),
    evidenceOf(database, RECTIFICATIONS, id),
    evidenceOf(database, SIGNATURES, id),
  ]);
  const [photos, packingChecks, fabricRolls, fabricDefects, photoPresence] = await Promise.all([
    evidenceOf(database, PHOTOS, id),
    evidenceOf(database, PACKING_CHECKS, id),
    evidenceOf(database, FABRIC_ROLLS, id),
    evidenceOf(database, FABRIC_DEFECTS, id),
    photoPresenceOf(database.db, id),
  ]);
  const [office, decisions] = await Promise.all([
    readOfficeState(database.db, id),
    decisionsOf(database.db, [id]),
  ]);
  return {
    inspection,
    order,
    factory,
    inspector: { id: inspector.id, displayName: inspector.displayName },
    defects,
    measurements,
    checklistAnswers,
    rectifications,
    signatures,
    photos,
    packingChecks,
    fabricRolls,
    fabricDefects,
    /** photo id → its bytes arrived whole and verified (GET /api/photos/:sha256 serves them). */
    photoPresence,
    computedResult: office?.computedResult ?? 'pending',
    flags: office?.flags ?? [],
    /** Newest first; the first is the one that stands. */
    decisions,
    latestDecision: decisions[0] ?? null,
  };
}

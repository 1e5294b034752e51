/**
 * The report model: everything the printed report shows, read from IndexedDB alone, so the
 * report works offline and reads exactly what the phone holds. Only current evidence enters it:
 * tombstoned records are left out, and for append-only records (checklist answers, readings,
 * packing checks, signatures) only the latest per item counts.
 */
import type { QcDb } from '../../db/db';
import { currentAnswers } from '../../db/repositories/checklist';
import { liveRollsWithDefects, type RollWithDefects } from '../../db/repositories/fabric';
import { currentReadings } from '../../db/repositories/measurements';
import { targetKey } from '../../db/repositories/photos';
import type { InspectionPlans } from '../../shared/domain';
import type {
  Checklist,
  ChecklistAnswer,
  ChecklistItem,
  Decision,
  Defect,
  DefectType,
  Factory,
  Inspection,
  Order,
  PackingCheck,
  Photo,
  Rectification,
  Signature,
  SpecSheet,
  User,
} from '../../shared/schema';
import { closingVerdict, type ClosingEvidence, type MissingCatalogue } from '../closing/verdict-view';
import { plansForStage, scoreRolls, type FabricLot } from '../fabric/fabric-score';
import { summarizeSheet, type SheetSummary } from '../measurements/summary';
import { computePlans } from '../plans/plan-config';
import * as parts from './report-parts';

export interface ReportDefect {
  defect: Defect;
  /** The library entry of its code in the pinned library; null when that library is not here. */
  type: DefectType | null;
  photos: Photo[];
}

export interface ReportModel {
  inspection: Inspection;
  order: Order | null;
  factory: Factory | null;
  inspector: User | null;
  plans: InspectionPlans | null;
  defects: ReportDefect[];
  measurements: { sheet: SpecSheet; rows: parts.ReportMeasureRow[]; summary: SheetSummary } | null;
  checklist: {
    checklist: Checklist;
    rows: { item: ChecklistItem; answer: ChecklistAnswer | null; photos: Photo[] }[];
  } | null;
  packing: { checks: PackingCheck[]; cartonsOpened: number[] };
  fabric: { rolls: RollWithDefects[]; lot: FabricLot } | null;
  verdict: ReturnType<typeof closingVerdict> | null;
  rectifications: Rectification[];
  signatures: { inspector: Signature | null; factory: Signature | null };
  decision: Decision | null;
  /** Photos of the inspection as a whole (not of one defect). */
  generalPhotos: Photo[];
}

export type { MissingCatalogue };

const byCreation = <T extends { createdAt: string; id: string }>(a: T, b: T) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** Reads and assembles the report of one inspection; null when the inspection is not on this phone. */
export const loadReportModel = async (db: QcDb, inspectionId: string): Promise<ReportModel | null> => {
  const inspection = await db.inspections.get(inspectionId);
  if (!inspection) return null;
  const byInspection = { inspectionId } as const;
  const [order, factory, inspector, library, sheet, checklist] = await Promise.all([
    db.orders.get(inspection.orderId),
    db.factories.get(inspection.factoryId),
    db.users.get(inspection.inspectorId),
    db.defectLibraries.get(inspection.defectLibraryId),
    db.specSheets.get(inspection.specSheetId),
    db.checklists.get(inspection.checklistId),
  ]);
  const [defects, readings, answers, packing, rolls, rects, signatures, decisions, photos] =
    await Promise.all([
      db.defects.where(byInspection).toArray(),
      currentReadings(db, inspectionId),
      currentAnswers(db, inspectionId),
      db.packingChecks.where(byInspection).toArray(),
      liveRollsWithDefects(db, inspectionId),
      db.rectifications.where(byInspection).toArray(),
      db.signatures.where(byInspection).toArray(),
      db.decisions.where(byInspection).toArray(),
      db.photos.where(byInspection).toArray(),
    ]);

  const liveDefects = defects.filter((d) => d.deletedAt === null).sort(byCreation);
  const photoGroups = parts.photosByTarget(photos, (p) => targetKey(p.target));
  const currentPacking = parts.latestPackingChecks(packing);
  const plans = computePlans(inspection.lotSize, inspection.aql).plans;
  const evidence: ClosingEvidence = {
    defects: liveDefects,
    readings,
    answers,
    specSheet: sheet ?? null,
    checklist: checklist ?? null,
  };

  return {
    inspection,
    order: order ?? null,
    factory: factory ?? null,
    inspector: inspector ?? null,
    plans,
    defects: liveDefects.map((defect) => ({
      defect,
      type: library?.defects.find((d) => d.code === defect.code) ?? null,
      photos: photoGroups.get(targetKey({ kind: 'defect', id: defect.id })) ?? [],
    })),
    measurements: sheet
      ? { sheet, rows: parts.measureRows(sheet, readings), summary: summarizeSheet(sheet, readings) }
      : null,
    checklist: checklist
      ? {
          checklist,
          rows: checklist.items.map((item) => ({
            item,
            answer: answers.get(item.code) ?? null,
            photos: photoGroups.get(targetKey({ kind: 'checklist_item', code: item.code })) ?? [],
          })),
        }
      : null,
    packing: { checks: currentPacking, cartonsOpened: parts.cartonsOpened(currentPacking) },
    fabric: rolls.length > 0 ? { rolls, lot: scoreRolls(rolls) } : null,
    verdict: plans ? closingVerdict(plansForStage(plans, inspection.stage), evidence) : null,
    rectifications: rects.filter((r) => r.deletedAt === null).sort(byCreation),
    signatures: parts.latestSignatures(signatures),
    decision: parts.latestDecision(decisions),
    generalPhotos: photoGroups.get('inspection') ?? [],
  };
};

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
import type { closingVerdict, MissingCatalogue } from '../closing/verdict-view';
import type { FabricLot } from '../fabric/fabric-score';
import type { SheetSummary } from '../measurements/summary';
import { assembleReportModel } from './report-assemble';
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

  return assembleReportModel({
    inspection,
    order: order ?? null,
    factory: factory ?? null,
    inspector: inspector ?? null,
    library: library ?? null,
    sheet: sheet ?? null,
    checklist: checklist ?? null,
    defects,
    readings,
    answers,
    packing,
    rolls,
    rectifications: rects,
    signatures,
    decision: parts.latestDecision(decisions),
    photos,
  });
};

/**
 * The one place a ReportModel is put together, shared by the phone (evidence read from
 * IndexedDB, report-model.ts) and the office (evidence from the server's detail response,
 * office-report-model.ts), so both print the same report by the same rules: tombstoned
 * records out, the latest per item counts.
 */
import { targetKey } from '../../db/repositories/photos';
import type { RollWithDefects } from '../../db/repositories/fabric';
import type {
  Checklist,
  ChecklistAnswer,
  Decision,
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
} from '../../shared/schema';
import { closingVerdict, type ClosingEvidence } from '../closing/verdict-view';
import { plansForStage, scoreRolls } from '../fabric/fabric-score';
import { summarizeSheet } from '../measurements/summary';
import { computePlans } from '../plans/plan-config';
import type { ReportModel } from './report-model';
import * as parts from './report-parts';

/** Everything a report is made of, as stored (tombstones and superseded records included). */
export interface ReportSource {
  inspection: Inspection;
  order: Order | null;
  factory: Factory | null;
  inspector: User | null;
  library: DefectLibrary | null;
  sheet: SpecSheet | null;
  checklist: Checklist | null;
  defects: readonly Defect[];
  /** Current readings (latest per cell) and answers (latest per item). */
  readings: Measurement[];
  answers: Map<string, ChecklistAnswer>;
  packing: readonly PackingCheck[];
  /** Live rolls with their live defects. */
  rolls: RollWithDefects[];
  rectifications: readonly Rectification[];
  signatures: readonly Signature[];
  decision: Decision | null;
  photos: readonly Photo[];
}

const byCreation = <T extends { createdAt: string; id: string }>(a: T, b: T) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** Records not tombstoned, oldest first. */
export const liveSorted = <T extends { deletedAt: string | null; createdAt: string; id: string }>(
  rows: readonly T[],
): T[] => rows.filter((r) => r.deletedAt === null).sort(byCreation);

export const assembleReportModel = (s: ReportSource): ReportModel => {
  const { inspection, sheet, checklist, library, readings, answers } = s;
  const defects = liveSorted(s.defects);
  const photoGroups = parts.photosByTarget(s.photos, (p) => targetKey(p.target));
  const packing = parts.latestPackingChecks(s.packing);
  const plans = computePlans(inspection.lotSize, inspection.aql).plans;
  const evidence: ClosingEvidence = { defects, readings, answers, specSheet: sheet, checklist };
  return {
    inspection,
    order: s.order,
    factory: s.factory,
    inspector: s.inspector,
    plans,
    defects: defects.map((defect) => ({
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
    packing: { checks: packing, cartonsOpened: parts.cartonsOpened(packing) },
    fabric: s.rolls.length > 0 ? { rolls: s.rolls, lot: scoreRolls(s.rolls) } : null,
    verdict: plans ? closingVerdict(plansForStage(plans, inspection.stage), evidence) : null,
    rectifications: liveSorted(s.rectifications),
    signatures: parts.latestSignatures(s.signatures),
    decision: s.decision,
    generalPhotos: photoGroups.get('inspection') ?? [],
  };
};

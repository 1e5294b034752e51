/**
 * The phone's ReportModel, built from the server's detail response instead of IndexedDB, so the
 * office reads the very same report sections the inspector printed. Only current evidence
 * enters it, by the same rules as report-model.ts (tombstones out, latest per item counts).
 * Pinned reference data (spec sheet, checklist, defect library) comes from what this browser
 * pulled; a missing one leaves its section empty rather than guessing.
 */
import { latestAnswers } from '../../db/repositories/checklist';
import { latestPerCell } from '../../db/repositories/measurements';
import { targetKey } from '../../db/repositories/photos';
import type { Checklist, DefectLibrary, SpecSheet, User } from '../../shared/schema';
import { closingVerdict, type ClosingEvidence } from '../closing/verdict-view';
import { plansForStage, scoreRolls } from '../fabric/fabric-score';
import { summarizeSheet } from '../measurements/summary';
import { computePlans } from '../plans/plan-config';
import type { ReportModel } from '../report/report-model';
import * as parts from '../report/report-parts';
import type { OfficeDetailResponse } from './office-api';

export interface PinnedRefs {
  library: DefectLibrary | null;
  sheet: SpecSheet | null;
  checklist: Checklist | null;
}

const byCreation = <T extends { createdAt: string; id: string }>(a: T, b: T) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

const live = <T extends { deletedAt: string | null; createdAt: string; id: string }>(rows: readonly T[]) =>
  rows.filter((r) => r.deletedAt === null).sort(byCreation);

export const officeReportModel = (detail: OfficeDetailResponse, refs: PinnedRefs): ReportModel => {
  const { inspection, library, sheet, checklist } = { ...detail, ...refs };
  const defects = live(detail.defects);
  const readings = latestPerCell(detail.measurements);
  const answers = latestAnswers(detail.checklistAnswers);
  const photoGroups = parts.photosByTarget(detail.photos, (p) => targetKey(p.target));
  const packing = parts.latestPackingChecks(detail.packingChecks);
  const fabricDefects = live(detail.fabricDefects);
  const rolls = live(detail.fabricRolls).map((roll) => ({
    roll,
    defects: fabricDefects.filter((d) => d.rollId === roll.id),
  }));
  const plans = computePlans(inspection.lotSize, inspection.aql).plans;
  const evidence: ClosingEvidence = { defects, readings, answers, specSheet: sheet, checklist };
  // The report header shows only the display name; the server sends no more of the user.
  const inspector: User = {
    id: detail.inspector.id,
    displayName: detail.inspector.displayName,
    username: 'inspector',
    role: 'inspector',
    factoryIds: [],
  };
  return {
    inspection,
    order: detail.order,
    factory: detail.factory,
    inspector,
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
    fabric: rolls.length > 0 ? { rolls, lot: scoreRolls(rolls) } : null,
    verdict: plans ? closingVerdict(plansForStage(plans, inspection.stage), evidence) : null,
    rectifications: live(detail.rectifications),
    signatures: parts.latestSignatures(detail.signatures),
    decision: detail.latestDecision ?? parts.latestDecision(detail.decisions),
    generalPhotos: photoGroups.get('inspection') ?? [],
  };
};

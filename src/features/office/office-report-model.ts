/**
 * The phone's ReportModel, built from the server's detail response instead of IndexedDB, so the
 * office reads the very same report sections the inspector printed. Only current evidence
 * enters it, by the same rules as report-model.ts (tombstones out, latest per item counts).
 * Pinned reference data (spec sheet, checklist, defect library) comes from what this browser
 * pulled; a missing one leaves its section empty rather than guessing.
 */
import { latestAnswers } from '../../db/repositories/checklist';
import { latestPerCell } from '../../db/repositories/measurements';
import type { Checklist, DefectLibrary, SpecSheet, User } from '../../shared/schema';
import type { ReportModel } from '../report/report-model';
import { assembleReportModel, liveSorted } from '../report/report-assemble';
import * as parts from '../report/report-parts';
import type { OfficeDetailResponse } from './office-api';

export interface PinnedRefs {
  library: DefectLibrary | null;
  sheet: SpecSheet | null;
  checklist: Checklist | null;
}

export const officeReportModel = (detail: OfficeDetailResponse, refs: PinnedRefs): ReportModel => {
  const { inspection, library, sheet, checklist } = { ...detail, ...refs };
  const fabricDefects = liveSorted(detail.fabricDefects);
  const rolls = liveSorted(detail.fabricRolls).map((roll) => ({
    roll,
    defects: fabricDefects.filter((d) => d.rollId === roll.id),
  }));
  // The report header shows only the display name; the server sends no more of the user.
  const inspector: User = {
    id: detail.inspector.id,
    displayName: detail.inspector.displayName,
    username: 'inspector',
    role: 'inspector',
    factoryIds: [],
  };
  return assembleReportModel({
    inspection,
    order: detail.order,
    factory: detail.factory,
    inspector,
    library,
    sheet,
    checklist,
    defects: detail.defects,
    readings: latestPerCell(detail.measurements),
    answers: latestAnswers(detail.checklistAnswers),
    packing: detail.packingChecks,
    rolls,
    rectifications: detail.rectifications,
    signatures: detail.signatures,
    decision: detail.latestDecision ?? parts.latestDecision(detail.decisions),
    photos: detail.photos,
  });
};

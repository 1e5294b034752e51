import type { Checklist } from '../../src/shared/schema/checklist';
import type { ChecklistAnswer } from '../../src/shared/schema/checklist-answer';
import type { Defect } from '../../src/shared/schema/defect';
import type { Inspection } from '../../src/shared/schema/inspection';
import type { Measurement } from '../../src/shared/schema/measurement';
import type { PackingCheck } from '../../src/shared/schema/packing-check';
import type { SpecSheet } from '../../src/shared/schema/spec-sheet';
import {
  cellKey,
  closingVerdict,
  latestBy,
  packingFromChecks,
  verdictPlans,
} from '../../src/shared/verdict-input';
import { liveEvidence, type EvidenceTableName } from '../db/evidence';
import { findInspection, findOrder } from '../db/lookups';
import { readOfficeState, saveRecomputed } from '../db/office-state';
import type { Tx } from '../db/write-transaction';
import { APPROVED, nextFlags, readingsDisagree } from './office-flags';

/**
 * Keeps `computed_result`, the flags and the queue's copied columns of ONE inspection current.
 * Called in the same transaction as every header or evidence write, so the office never reads a
 * result older than the evidence; it reads only that inspection's evidence, so it stays cheap.
 *
 * `cause`: 'start' checks the pinned order version (stale_base); 'change' (an update or any
 * evidence) raises late_after_approval when the latest decision approved the report.
 */
export type RecomputeCause = 'start' | 'change' | 'status';

const live = async <T>(trx: Tx, table: EvidenceTableName, id: string): Promise<T[]> =>
  (await liveEvidence(trx, table, id)).map((row) => JSON.parse(row.data) as T);

const catalogue = async <T>(trx: Tx, table: 'spec_sheets' | 'checklists', id: string) => {
  const row = await trx.selectFrom(table).select('data').where('id', '=', id).executeTakeFirst();
  return row ? (JSON.parse(row.data) as T) : null;
};

export async function judgeInspection(trx: Tx, inspection: Inspection) {
  const [defects, measurements, answers, packing, specSheet, checklist] = await Promise.all([
    live<Defect>(trx, 'defects', inspection.id),
    live<Measurement>(trx, 'measurements', inspection.id),
    live<ChecklistAnswer>(trx, 'checklist_answers', inspection.id),
    live<PackingCheck>(trx, 'packing_checks', inspection.id),
    catalogue<SpecSheet>(trx, 'spec_sheets', inspection.specSheetId),
    catalogue<Checklist>(trx, 'checklists', inspection.checklistId),
  ]);
  const plans = verdictPlans(inspection);
  const readings = [...latestBy(measurements, cellKey).values()];
  const result = plans
    ? closingVerdict(plans, {
        defects,
        readings,
        answers: latestBy(answers, (a) => a.itemCode),
        specSheet,
        checklist,
        packing: packingFromChecks(inspection, packing),
      }).verdict.result
    : 'pending';
  // Disagreement looks at every live reading, not just the latest per cell.
  return { result, disagreement: readingsDisagree(specSheet, measurements) };
}

export async function recomputeInspection(trx: Tx, id: string, cause: RecomputeCause): Promise<void> {
  const [inspection, state] = await Promise.all([findInspection(trx, id), readOfficeState(trx, id)]);
  if (!inspection || !state) return;
  const order = await findOrder(trx, inspection.orderId);
  const { result, disagreement } = await judgeInspection(trx, inspection);
  await saveRecomputed(trx, id, {
    stage: inspection.stage,
    computedResult: result,
    flags: nextFlags({
      previous: state.flags,
      staleBase: cause === 'start' && order !== undefined && inspection.orderVersion < order.version,
      lateAfterApproval: cause === 'change' && APPROVED.has(state.latestDecision),
      disagreement,
    }),
    customer: order?.customer ?? '',
    exFactoryDate: order?.exFactoryDate ?? '',
  });
}

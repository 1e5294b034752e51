/**
 * Re-inspection links. A re-inspection must name the failed inspection it re-checks: one of the
 * same order whose computed verdict or inspector's recommendation is "fail", or whose latest
 * office decision is reject / re-inspect. The rule is enforced by startOrderInspection (the
 * start form's command), not only by the form's select.
 */
import type { QcDb } from '../../db/db';
import { startInspection, type StartInspectionInput } from '../../db/repositories/inspections';
import type { Inspection } from '../../shared/schema';
import { loadClosingEvidence } from '../closing/use-closing-data';
import { closingVerdict } from '../closing/verdict-view';
import { computePlans } from '../plans/plan-config';

export type FailReason = 'decision' | 'recommended' | 'computed';

export interface ReinspectionCandidate {
  inspection: Inspection;
  reason: FailReason;
}

export class ReinspectionLinkRequiredError extends Error {
  constructor() {
    super('a re-inspection must name the failed inspection it re-checks');
  }
}

export class ReinspectionLinkInvalidError extends Error {
  constructor(readonly inspectionId: string) {
    super(`inspection ${inspectionId} is not a failed inspection of this order`);
  }
}

/** Why an inspection counts as failed, or null. The office decision, when there is one, wins. */
export const failReason = async (db: QcDb, inspection: Inspection): Promise<FailReason | null> => {
  const decisions = await db.decisions.where('inspectionId').equals(inspection.id).toArray();
  const decision = decisions.sort((a, b) => a.decidedAt.localeCompare(b.decidedAt)).at(-1);
  if (decision)
    return decision.decision === 'reject' || decision.decision === 're_inspect' ? 'decision' : null;
  if (inspection.recommendation === 'fail') return 'recommended';
  const { plans } = computePlans(inspection.lotSize, inspection.aql);
  if (!plans) return null;
  const { verdict } = closingVerdict(plans, await loadClosingEvidence(db, inspection));
  return verdict.result === 'fail' ? 'computed' : null;
};

/** Failed inspections of one order on this phone, newest first: what a re-inspection may link. */
export const reinspectionCandidates = async (db: QcDb, orderId: string): Promise<ReinspectionCandidate[]> => {
  const inspections = await db.inspections.where('orderId').equals(orderId).toArray();
  const judged = await Promise.all(
    inspections.map(async (inspection) => ({ inspection, reason: await failReason(db, inspection) })),
  );
  return judged
    .filter((c): c is ReinspectionCandidate => c.reason !== null)
    .sort((a, b) => b.inspection.startedAt.localeCompare(a.inspection.startedAt));
};

/**
 * The start form's command: a re-inspection needs a link to a failed inspection of the same
 * order; any other stage never carries one.
 */
export const startOrderInspection = async (db: QcDb, input: StartInspectionInput): Promise<Inspection> => {
  if (input.stage !== 're_inspection') return startInspection(db, { ...input, reinspectionOf: null });
  const link = input.reinspectionOf;
  if (!link) throw new ReinspectionLinkRequiredError();
  const candidates = await reinspectionCandidates(db, input.orderId);
  if (!candidates.some((c) => c.inspection.id === link)) throw new ReinspectionLinkInvalidError(link);
  return startInspection(db, input);
};

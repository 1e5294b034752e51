import type { MeasurementSummary } from './measurements';
import { DEFECT_CLASSES } from './plans';
import type { DefectClass, InspectionPlans } from './plans';

/**
 * Computed result of an inspection from its plans and what was found. It never looks at the
 * inspector's recommendation or the office decision: those live beside it (InspectionOutcome).
 */

export type ComputedResult = 'pass' | 'fail' | 'pending';
export type CheckStatus = 'accepted' | 'rejected' | 'pending' | 'not-applicable';

export type VerdictReasonCode =
  | `${DefectClass}-rejected`
  | `${DefectClass}-incomplete`
  | `${DefectClass}-reinstate-normal`
  | 'packing-rejected'
  | 'packing-incomplete'
  | 'packing-reinstate-normal'
  | 'measurement-critical-out'
  | 'measurement-share-exceeded'
  | 'measurement-incomplete'
  | 'measurement-missing'
  | 'checklist-failed'
  | 'checklist-pending';

export interface VerdictReason {
  code: VerdictReasonCode;
  params: Record<string, unknown>;
}

export interface AttributeCount {
  /** Units of the sample inspected so far. */
  inspected: number;
  /** Nonconformities (or nonconforming units) found so far. */
  found: number;
}

export interface ChecklistItem {
  id: string;
  result: 'pass' | 'fail' | 'na' | 'pending';
}

export interface VerdictInput {
  plans: InspectionPlans;
  workmanship: Readonly<Record<DefectClass, AttributeCount>>;
  packing?: AttributeCount | null;
  measurements?: MeasurementSummary | null;
  /** Number of POMs in the spec, to know how many readings a complete measurement sample has. */
  pomCount?: number;
  /** Largest accepted share of out-of-tolerance readings (0..1, inclusive). Default 0.1. */
  measurementShareLimit?: number;
  checklist?: readonly ChecklistItem[];
}

export interface VerdictResult {
  result: ComputedResult;
  classes: Record<DefectClass, CheckStatus>;
  packing: CheckStatus;
  measurement: CheckStatus;
  checklist: CheckStatus;
  reasons: VerdictReason[];
}

/** What the inspector recommends and what the office decides are inputs, never derived. */
export type Recommendation = 'pass' | 'fail' | 'hold' | null;
export interface OfficeDecision {
  result: 'accept' | 'reject' | 'rework' | 'waive';
  by: string;
  at: string;
  note?: string;
}
export interface InspectionOutcome {
  computed: VerdictResult;
  recommendation: Recommendation;
  decision: OfficeDecision | null;
}

/** Refreshes the computed part only; recommendation and decision are carried over untouched. */
export function withComputed(outcome: InspectionOutcome, computed: VerdictResult): InspectionOutcome {
  return { ...outcome, computed };
}

/**
 * One attribute plan. Rejection is final as soon as found ≥ Re even if the sample is not finished
 * (more units cannot lower the count); acceptance needs the whole sample. With the Z1.4 reduced
 * table a count between Ac and Re accepts the lot but reinstates normal inspection (10.1.4).
 */
function judgeAttribute(
  name: DefectClass | 'packing',
  plan: { sampleSize: number; acceptNumber: number; rejectNumber: number },
  count: AttributeCount | null | undefined,
  reasons: VerdictReason[],
): CheckStatus {
  const c = count ?? { inspected: 0, found: 0 };
  if (c.found >= plan.rejectNumber) {
    reasons.push({ code: `${name}-rejected`, params: { found: c.found, reject: plan.rejectNumber } });
    return 'rejected';
  }
  if (c.inspected < plan.sampleSize) {
    reasons.push({
      code: `${name}-incomplete`,
      params: { inspected: c.inspected, required: plan.sampleSize },
    });
    return 'pending';
  }
  if (c.found > plan.acceptNumber) {
    reasons.push({
      code: `${name}-reinstate-normal`,
      params: { found: c.found, accept: plan.acceptNumber, reject: plan.rejectNumber },
    });
  }
  return 'accepted';
}

function judgeMeasurement(input: VerdictInput, reasons: VerdictReason[]): CheckStatus {
  const plan = input.plans.measurement;
  const m = input.measurements;
  if (!plan) return 'not-applicable';
  if (m && m.criticalOut > 0) {
    reasons.push({ code: 'measurement-critical-out', params: { count: m.criticalOut } });
    return 'rejected';
  }
  const required = plan.sampleSize * (input.pomCount ?? 0);
  const measured = m?.measured ?? 0;
  if (!m || measured < required || m.missing > 0) {
    reasons.push({
      code: m && m.missing > 0 ? 'measurement-missing' : 'measurement-incomplete',
      params: { measured, required, missing: m?.missing ?? 0 },
    });
    return 'pending';
  }
  const limit = input.measurementShareLimit ?? 0.1;
  // Compare out/measured > limit as out > limit·measured with a relative epsilon, so a share equal
  // to the limit (e.g. 3 of 30 at 10 %) passes despite 0.1 being inexact in binary.
  if (m.outOfTolerance > limit * m.measured * (1 + 1e-12)) {
    reasons.push({
      code: 'measurement-share-exceeded',
      params: { out: m.outOfTolerance, measured: m.measured, share: m.outShare, limit },
    });
    return 'rejected';
  }
  return 'accepted';
}

function judgeChecklist(items: readonly ChecklistItem[] | undefined, reasons: VerdictReason[]): CheckStatus {
  if (!items || items.length === 0) return 'not-applicable';
  const failed = items.filter((i) => i.result === 'fail');
  for (const i of failed) reasons.push({ code: 'checklist-failed', params: { id: i.id } });
  if (failed.length > 0) return 'rejected';
  const pending = items.filter((i) => i.result === 'pending');
  if (pending.length > 0) {
    reasons.push({ code: 'checklist-pending', params: { ids: pending.map((i) => i.id) } });
    return 'pending';
  }
  return 'accepted';
}

/** fail if anything is rejected (even with other checks unfinished); else pending if anything is. */
export function computeVerdict(input: VerdictInput): VerdictResult {
  const reasons: VerdictReason[] = [];
  const classes = {} as Record<DefectClass, CheckStatus>;
  for (const cls of DEFECT_CLASSES) {
    classes[cls] = judgeAttribute(cls, input.plans.workmanship[cls], input.workmanship[cls], reasons);
  }
  const packing = input.plans.packing
    ? judgeAttribute('packing', input.plans.packing, input.packing, reasons)
    : 'not-applicable';
  const measurement = judgeMeasurement(input, reasons);
  const checklist = judgeChecklist(input.checklist, reasons);
  const all = [...Object.values(classes), packing, measurement, checklist];
  const result: ComputedResult = all.includes('rejected')
    ? 'fail'
    : all.includes('pending')
      ? 'pending'
      : 'pass';
  return { result, classes, packing, measurement, checklist, reasons };
}

/**
 * What the packing tab and the closing verdict read from the current checks. Pure, so the
 * screen, the verdict and the tests count alike. Only drawn cartons that are ticked as opened
 * count: a check on a carton later unticked is kept (append-only) but no longer judged.
 */
import type { AttributeCount, SamplingPlan } from '../../shared/domain';
import type { PackingCheck, PackingCheckKind } from '../../shared/schema';
import { checkKey } from '../../db/repositories/packing';

/** The checks made on each opened carton, in screen order. */
export const CARTON_CHECKS = [
  'shipping_marks',
  'pieces_per_carton',
  'carton_condition',
  'assortment',
] as const satisfies readonly PackingCheckKind[];

export interface PackingSummary {
  total: number;
  opened: number[];
  /** Number of current checks that failed, over opened cartons. */
  failedChecks: number;
  failedCartons: number[];
}

export const isOpened = (current: ReadonlyMap<string, PackingCheck>, cartonNo: number): boolean =>
  current.get(checkKey('carton_opened', cartonNo))?.result === 'pass';

export const summarizePacking = (
  current: ReadonlyMap<string, PackingCheck>,
  cartons: readonly number[],
): PackingSummary => {
  const opened = cartons.filter((carton) => isOpened(current, carton));
  let failedChecks = 0;
  const failedCartons: number[] = [];
  for (const carton of opened) {
    const failed = CARTON_CHECKS.filter((kind) => current.get(checkKey(kind, carton))?.result === 'fail');
    failedChecks += failed.length;
    if (failed.length > 0) failedCartons.push(carton);
  }
  return { total: cartons.length, opened, failedChecks, failedCartons };
};

/**
 * Packing input for computeVerdict, or null to leave packing out of the verdict. Only failures
 * are fed in (Ac 0 / Re 1 over the drawn cartons: one failed carton rejects), so an unfinished
 * packing check never holds a verdict at "pending" — the order-level packing plan is not
 * configured yet, and a finished clean inspection must still read "pass".
 */
export const packingVerdictInput = (
  summary: PackingSummary,
): { plan: SamplingPlan; count: AttributeCount } | null => {
  if (summary.failedCartons.length === 0) return null;
  const plan: SamplingPlan = {
    codeLetter: '-',
    planCodeLetter: '-',
    sampleSize: summary.total,
    acceptNumber: 0,
    rejectNumber: 1,
    fullInspection: false,
  };
  return { plan, count: { inspected: summary.opened.length, found: summary.failedCartons.length } };
};

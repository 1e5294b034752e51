import type { InspectionFlag } from '../../src/shared/office-api';
import type { DecisionKind } from '../../src/shared/schema/decision';
import type { Measurement } from '../../src/shared/schema/measurement';
import type { SpecSheet } from '../../src/shared/schema/spec-sheet';
import { cellKey } from '../../src/shared/verdict-input';

/**
 * The flags the office must see (SYNC.md). `stale_base` and `late_after_approval` record events
 * and stay raised; `measurement_disagreement` describes the current readings and is derived anew
 * on every recompute, so removing one of two disagreeing readings clears it.
 */
export const APPROVED: ReadonlySet<DecisionKind | 'none'> = new Set(['approve', 'accept_with_deviation']);

/**
 * Two live readings of one sample/size/POM further apart than that POM's tolerance (the wider of
 * its minus and plus allowance): both are kept as evidence, and the office is told to look.
 */
export function readingsDisagree(sheet: SpecSheet | null, readings: readonly Measurement[]): boolean {
  if (!sheet) return false;
  const tolerance = new Map(sheet.points.map((p) => [p.code, Math.max(p.tolMinus, p.tolPlus)]));
  const range = new Map<string, { min: number; max: number; pom: string }>();
  for (const r of readings) {
    if (r.deletedAt !== null) continue;
    const seen = range.get(cellKey(r));
    range.set(cellKey(r), {
      min: Math.min(seen?.min ?? r.value, r.value),
      max: Math.max(seen?.max ?? r.value, r.value),
      pom: r.pomCode,
    });
  }
  // Tiny epsilon: a difference exactly equal to the tolerance is not a disagreement.
  return [...range.values()].some((c) => c.max - c.min > (tolerance.get(c.pom) ?? Infinity) + 1e-9);
}

export interface FlagInput {
  previous: readonly InspectionFlag[];
  staleBase: boolean;
  lateAfterApproval: boolean;
  disagreement: boolean;
}

export function nextFlags(input: FlagInput): InspectionFlag[] {
  const flags = new Set<InspectionFlag>(input.previous.filter((f) => f !== 'measurement_disagreement'));
  if (input.staleBase) flags.add('stale_base');
  if (input.lateAfterApproval) flags.add('late_after_approval');
  if (input.disagreement) flags.add('measurement_disagreement');
  return [...flags].sort();
}

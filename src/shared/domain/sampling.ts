import { aqlIndex, AQL_SERIES, isInspectionLevel } from './aql';
import type { CodeLetter, InspectionLevel, InspectionSeverity, PlanLetter } from './aql';
import { DomainError } from './errors';
import { lookupCodeLetter } from './tables/code-letters';
import { MASTER_TABLES, resolveCell } from './tables/master';

/**
 * Which edition the reduced-inspection table follows. ISO 2859-1:1999 rewrote Table 2-C; ANSI/ASQ
 * Z1.4 kept the MIL-STD-105E table (with Re > Ac + 1 gaps). We ship Z1.4 because it is the version
 * for which two public machine-readable encodings exist to check every cell against. The UI shows
 * this string next to any reduced plan.
 */
export const REDUCED_INSPECTION_SOURCE = 'ANSI/ASQ Z1.4-2003 (R2018) Table II-C (= MIL-STD-105E Table II-C)';

/** Normal and tightened tables are identical in ISO 2859-1:1999, ANSI/ASQ Z1.4 and GB/T 2828.1. */
export const MASTER_TABLES_SOURCE =
  'ISO 2859-1:1999 Tables 1, 2-A, 2-B (= ANSI/ASQ Z1.4 Tables I, II-A, II-B)';

export interface SamplingInput {
  lotSize: number;
  level: InspectionLevel;
  aql: number;
  inspection?: InspectionSeverity;
}

export interface SamplingPlan {
  /** Letter from Table 1 for the lot size and level. */
  codeLetter: string;
  /** Letter whose row holds the plan after following arrows; its sample size is the one used. */
  planCodeLetter: string;
  sampleSize: number;
  acceptNumber: number;
  rejectNumber: number;
  /** True when the plan's sample size reaches the lot size: inspect every unit (sampleSize = lotSize). */
  fullInspection: boolean;
}

export function validateLotSize(lotSize: unknown): asserts lotSize is number {
  if (typeof lotSize !== 'number' || !Number.isSafeInteger(lotSize) || lotSize < 2) {
    throw new DomainError('invalid-lot-size', 'Lot size must be an integer of at least 2', { lotSize });
  }
}

export function validateAql(aql: unknown): number {
  const idx = typeof aql === 'number' ? aqlIndex(aql) : -1;
  if (idx < 0) throw new DomainError('unknown-aql', 'AQL is not in the standard series', { aql });
  return idx;
}

export function validateLevel(level: unknown): asserts level is InspectionLevel {
  if (!isInspectionLevel(level))
    throw new DomainError('unknown-level', 'Unknown inspection level', { level });
}

function validateSeverity(inspection: unknown): InspectionSeverity {
  if (inspection === undefined) return 'normal';
  if (inspection === 'normal' || inspection === 'tightened' || inspection === 'reduced') return inspection;
  throw new DomainError('unknown-inspection', 'Unknown inspection severity', { inspection });
}

export function codeLetterFor(lotSize: number, level: InspectionLevel): CodeLetter {
  validateLotSize(lotSize);
  validateLevel(level);
  return lookupCodeLetter(lotSize, level);
}

/** Single sampling plan for one class of nonconformity (ISO 2859-1 clause 10, Tables 1 and 2). */
export function samplingPlan(input: SamplingInput): SamplingPlan {
  validateLotSize(input.lotSize);
  validateLevel(input.level);
  const idx = validateAql(input.aql);
  const severity = validateSeverity(input.inspection);
  const codeLetter = lookupCodeLetter(input.lotSize, input.level);
  const found = resolveCell(MASTER_TABLES[severity], codeLetter, idx);
  const fullInspection = found.sampleSize >= input.lotSize;
  return {
    codeLetter,
    planCodeLetter: found.planLetter,
    sampleSize: fullInspection ? input.lotSize : found.sampleSize,
    acceptNumber: found.ac,
    rejectNumber: found.re,
    fullInspection,
  };
}

/**
 * Plan of a master-table row directly by letter (no lot size), used by tests and by the switching
 * score, which needs "the acceptance number one AQL step tighter" for the sample size actually used.
 */
export function masterPlan(
  letter: PlanLetter,
  aql: number,
  inspection: InspectionSeverity = 'normal',
): { planCodeLetter: PlanLetter; sampleSize: number; acceptNumber: number; rejectNumber: number } {
  const idx = validateAql(aql);
  const found = resolveCell(MASTER_TABLES[inspection], letter, idx);
  return {
    planCodeLetter: found.planLetter,
    sampleSize: found.sampleSize,
    acceptNumber: found.ac,
    rejectNumber: found.re,
  };
}

/** Next tighter AQL of the series, or null at 0.010. */
export function tighterAql(aql: number): number | null {
  const idx = validateAql(aql);
  return idx === 0 ? null : (AQL_SERIES[idx - 1] ?? null);
}

/**
 * Acceptance number one AQL step tighter for the same sample size (same row of Table 2-A), as the
 * switching score needs (ISO 2859-1:1999 9.3.3.2). Null when that cell holds an arrow, i.e. the
 * tighter AQL has no plan with this sample size, or at the tightest AQL.
 */
export function tighterAcceptNumber(planCodeLetter: string, aql: number): number | null {
  const idx = validateAql(aql);
  if (idx === 0) return null;
  const cell = MASTER_TABLES.normal.cell(planCodeLetter as PlanLetter, idx - 1);
  return cell.kind === 'plan' ? cell.ac : null;
}

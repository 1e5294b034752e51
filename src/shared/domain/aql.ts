/**
 * Vocabulary shared by the ISO 2859-1 / ANSI/ASQ Z1.4 tables: the AQL series, inspection levels,
 * sample size code letters and their sample sizes.
 */

/** The preferred AQL series printed as column heads of Tables 2-A/2-B/2-C, tightest first. */
export const AQL_SERIES = [
  0.01, 0.015, 0.025, 0.04, 0.065, 0.1, 0.15, 0.25, 0.4, 0.65, 1, 1.5, 2.5, 4, 6.5, 10, 15, 25, 40, 65, 100,
  150, 250, 400, 650, 1000,
] as const;
export type Aql = (typeof AQL_SERIES)[number];

export const INSPECTION_LEVELS = ['S-1', 'S-2', 'S-3', 'S-4', 'I', 'II', 'III'] as const;
export type InspectionLevel = (typeof INSPECTION_LEVELS)[number];

export const INSPECTION_SEVERITIES = ['normal', 'tightened', 'reduced'] as const;
export type InspectionSeverity = (typeof INSPECTION_SEVERITIES)[number];

/** Letters of Table 1 (I and O are skipped by the standard); S exists only in Table 2-B. */
export const CODE_LETTERS = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'J',
  'K',
  'L',
  'M',
  'N',
  'P',
  'Q',
  'R',
] as const;
export type CodeLetter = (typeof CODE_LETTERS)[number];
export type PlanLetter = CodeLetter | 'S';

/** Sample sizes of Tables 2-A and 2-B (normal and tightened share them; S only in 2-B). */
export const SAMPLE_SIZES: Readonly<Record<PlanLetter, number>> = {
  A: 2,
  B: 3,
  C: 5,
  D: 8,
  E: 13,
  F: 20,
  G: 32,
  H: 50,
  J: 80,
  K: 125,
  L: 200,
  M: 315,
  N: 500,
  P: 800,
  Q: 1250,
  R: 2000,
  S: 3150,
};

/** Sample sizes of Table 2-C (reduced inspection, Z1.4 / MIL-STD-105E Table II-C). */
export const REDUCED_SAMPLE_SIZES: Readonly<Record<CodeLetter, number>> = {
  A: 2,
  B: 2,
  C: 2,
  D: 3,
  E: 5,
  F: 8,
  G: 13,
  H: 20,
  J: 32,
  K: 50,
  L: 80,
  M: 125,
  N: 200,
  P: 315,
  Q: 500,
  R: 800,
};

/**
 * Index of an AQL in the series, or -1. Compared with a relative epsilon so that 0.1 and 0.10, or a
 * value that went through a float round trip (e.g. 0.065 parsed from "0.065"), still match.
 */
export function aqlIndex(aql: number): number {
  if (typeof aql !== 'number' || !Number.isFinite(aql)) return -1;
  return AQL_SERIES.findIndex((a) => Math.abs(a - aql) <= a * 1e-9);
}

export function isInspectionLevel(v: unknown): v is InspectionLevel {
  return typeof v === 'string' && (INSPECTION_LEVELS as readonly string[]).includes(v);
}

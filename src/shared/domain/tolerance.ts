import { DomainError } from './errors';
import { parseInchFraction } from './fractions';

/**
 * Judging a garment measurement against its point of measure (POM): target with asymmetric
 * −/+ tolerance, in cm or inches. All comparisons are done on integers (micro-units of the spec's
 * unit) so that 0.1 + 0.2-style float noise can never push a reading at the limit out of tolerance.
 * A reading exactly at a limit is IN tolerance.
 */

export type LengthUnit = 'cm' | 'in';
export const CM_PER_INCH = 2.54;

export interface PomSpec {
  id: string;
  target: number;
  /** Allowed shortfall, ≥ 0 (a spec "−1/2" is minus: 0.5). */
  minus: number;
  /** Allowed excess, ≥ 0. */
  plus: number;
  unit: LengthUnit;
  /** A critical POM fails the measurement check on any single out-of-tolerance reading. */
  critical?: boolean;
}

export type ReadingStatus = 'in' | 'over' | 'under';

export interface JudgedReading {
  status: ReadingStatus;
  /** reading − target, in the spec's unit. */
  deviation: number;
  /** How far beyond the violated limit (0 when in tolerance), in the spec's unit. */
  exceededBy: number;
}

const MICRO = 1_000_000;
const micro = (x: number) => Math.round(x * MICRO);

export function convertLength(value: number, from: LengthUnit, to: LengthUnit): number {
  if (from === to) return value;
  return from === 'in' ? value * CM_PER_INCH : value / CM_PER_INCH;
}

export function validatePomSpec(spec: PomSpec): void {
  const ok = [spec.target, spec.minus, spec.plus].every((v) => typeof v === 'number' && Number.isFinite(v));
  if (!ok || spec.minus < 0 || spec.plus < 0 || (spec.unit !== 'cm' && spec.unit !== 'in')) {
    throw new DomainError('invalid-tolerance', 'Tolerance must be finite, non-negative, in cm or in', {
      pom: spec.id,
    });
  }
}

/** Judges one reading (in `unit`, default the spec's unit). */
export function judgeReading(spec: PomSpec, reading: number, unit: LengthUnit = spec.unit): JudgedReading {
  validatePomSpec(spec);
  if (typeof reading !== 'number' || !Number.isFinite(reading)) {
    throw new DomainError('invalid-reading', 'Reading must be a finite number', { pom: spec.id, reading });
  }
  const value = convertLength(reading, unit, spec.unit);
  const dev = micro(value) - micro(spec.target);
  const minus = micro(spec.minus);
  const plus = micro(spec.plus);
  const deviation = dev / MICRO;
  if (dev > plus) return { status: 'over', deviation, exceededBy: (dev - plus) / MICRO };
  if (dev < -minus) return { status: 'under', deviation, exceededBy: (-minus - dev) / MICRO };
  return { status: 'in', deviation, exceededBy: 0 };
}

/**
 * Deviation entry: inspectors often type the difference from spec ("+1/4", "-0.5") instead of the
 * reading. Inch deviations accept fractions; cm deviations are decimals ("," accepted as "."),
 * and an empty sign means "+".
 */
export function parseDeviation(text: string, unit: LengthUnit): number {
  const s = String(text).trim();
  if (s === '') throw new DomainError('invalid-reading', 'Empty deviation', { text });
  if (unit === 'in') {
    try {
      return parseInchFraction(s);
    } catch {
      throw new DomainError('invalid-reading', 'Not an inch deviation', { text });
    }
  }
  const m = /^([+-])?\s*(\d+(?:[.,]\d*)?|[.,]\d+)$/.exec(s);
  if (!m || m[2] === undefined) throw new DomainError('invalid-reading', 'Not a cm deviation', { text });
  const v = Number(m[2].replace(',', '.'));
  return m[1] === '-' ? -v : v;
}

/** Reading from a deviation entry, rounded to micro-units to keep target + deviation exact. */
export function readingFromDeviation(spec: PomSpec, deviationText: string): number {
  return micro(spec.target + parseDeviation(deviationText, spec.unit)) / MICRO;
}

/** Reading value: a number, or text in the spec's unit (inch fractions allowed for inches). */
export function parseReading(text: string, unit: LengthUnit): number {
  const s = String(text).trim();
  if (unit === 'in') {
    try {
      return parseInchFraction(s);
    } catch {
      throw new DomainError('invalid-reading', 'Not an inch reading', { text });
    }
  }
  const v = Number(s.replace(',', '.'));
  if (s === '' || !Number.isFinite(v)) throw new DomainError('invalid-reading', 'Not a cm reading', { text });
  return v;
}

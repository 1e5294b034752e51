import { DomainError } from './errors';

/**
 * Inch values as the trade writes them: "12 3/8", "12-3/8", "12.375", "3/4", "-1/4", "+1/2".
 * Everything is rounded to the nearest 1/16 in and carried as an integer count of sixteenths, so
 * comparisons never meet binary-float noise.
 */

export const SIXTEENTHS_PER_INCH = 16;

/** Round half away from zero so that +x and −x round symmetrically. */
export function roundHalfAway(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

export function toSixteenths(inches: number): number {
  return roundHalfAway(inches * SIXTEENTHS_PER_INCH) || 0;
}

const FRACTION_RE = /^([+-])?\s*(?:(\d+)(?:\s+|-))?(\d+)\s*\/\s*(\d+)$/;
const DECIMAL_RE = /^([+-])?\s*(\d+(?:\.\d*)?|\.\d+)$/;

/** Parses an inch value to sixteenths. Throws DomainError('invalid-fraction') on anything else. */
export function parseInchSixteenths(text: string): number {
  const s = String(text)
    .trim()
    .replace(/(″|"|in\.?|inch(es)?)$/i, '')
    .trim();
  const frac = FRACTION_RE.exec(s);
  if (frac) {
    const sign = frac[1] === '-' ? -1 : 1;
    const whole = frac[2] ? Number(frac[2]) : 0;
    const num = Number(frac[3]);
    const den = Number(frac[4]);
    if (den === 0) throw new DomainError('invalid-fraction', 'Zero denominator', { text });
    // Whole + num/den, rounded once: (whole·den + num)·16 / den.
    return sign * roundHalfAway(((whole * den + num) * SIXTEENTHS_PER_INCH) / den) || 0;
  }
  const dec = DECIMAL_RE.exec(s);
  if (dec) {
    const sign = dec[1] === '-' ? -1 : 1;
    return sign * toSixteenths(Number(dec[2])) || 0;
  }
  throw new DomainError('invalid-fraction', 'Not an inch value', { text });
}

export function parseInchFraction(text: string): number {
  return parseInchSixteenths(text) / SIXTEENTHS_PER_INCH;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * Formats inches as "12 3/8" (nearest 1/16, reduced fraction). withSign adds "+" to positive
 * values, which is how deviations from spec are written ("+1/4").
 */
export function formatInchFraction(inches: number, opts: { withSign?: boolean } = {}): string {
  const total = toSixteenths(inches);
  const sign = total < 0 ? '-' : opts.withSign && total > 0 ? '+' : '';
  const abs = Math.abs(total);
  const whole = Math.floor(abs / SIXTEENTHS_PER_INCH);
  const rest = abs % SIXTEENTHS_PER_INCH;
  if (rest === 0) return `${sign}${whole}`;
  const g = gcd(rest, SIXTEENTHS_PER_INCH);
  const frac = `${rest / g}/${SIXTEENTHS_PER_INCH / g}`;
  return whole === 0 ? `${sign}${frac}` : `${sign}${whole} ${frac}`;
}

import type { CodeLetter, InspectionLevel } from '../aql';

/**
 * Table 1 — Sample size code letters (ISO 2859-1:1999 Table 1 = ANSI/ASQ Z1.4 Table I =
 * GB/T 2828.1 表1). One row per lot-size range; columns in the order S-1 S-2 S-3 S-4 I II III.
 * Kept as the printed row so a reviewer can compare it with the standard line by line.
 */
export const TABLE_1: ReadonlyArray<{ min: number; max: number; letters: string }> = [
  { min: 2, max: 8, letters: 'A A A A A A B' },
  { min: 9, max: 15, letters: 'A A A A A B C' },
  { min: 16, max: 25, letters: 'A A B B B C D' },
  { min: 26, max: 50, letters: 'A B B C C D E' },
  { min: 51, max: 90, letters: 'B B C C C E F' },
  { min: 91, max: 150, letters: 'B B C D D F G' },
  { min: 151, max: 280, letters: 'B C D E E G H' },
  { min: 281, max: 500, letters: 'B C D E F H J' },
  { min: 501, max: 1200, letters: 'C C E F G J K' },
  { min: 1201, max: 3200, letters: 'C D E G H K L' },
  { min: 3201, max: 10000, letters: 'C D F G J L M' },
  { min: 10001, max: 35000, letters: 'C D F H K M N' },
  { min: 35001, max: 150000, letters: 'D E G J L N P' },
  { min: 150001, max: 500000, letters: 'D E G J M P Q' },
  { min: 500001, max: Number.POSITIVE_INFINITY, letters: 'D E H K N Q R' },
];

const LEVEL_COLUMN: Readonly<Record<InspectionLevel, number>> = {
  'S-1': 0,
  'S-2': 1,
  'S-3': 2,
  'S-4': 3,
  I: 4,
  II: 5,
  III: 6,
};

/** Code letter for a validated lot size (integer ≥ 2) and level. */
export function lookupCodeLetter(lotSize: number, level: InspectionLevel): CodeLetter {
  const row = TABLE_1.find((r) => lotSize >= r.min && lotSize <= r.max);
  const letter = row?.letters.split(' ')[LEVEL_COLUMN[level]];
  if (!letter) throw new Error(`Table 1 has no entry for lot ${lotSize} level ${level}`);
  return letter as CodeLetter;
}

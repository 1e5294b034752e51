import { describe, expect, it } from 'vitest';
import {
  AQL_SERIES,
  CODE_LETTERS,
  INSPECTION_LEVELS,
  SAMPLE_SIZES,
  REDUCED_SAMPLE_SIZES,
} from '../../../src/shared/domain';
import { codeLetterFor, masterPlan, samplingPlan } from '../../../src/shared/domain';
import {
  AQLSCHEMES_NORMAL,
  AQLSCHEMES_REDUCED,
  AQLSCHEMES_TABLE_1,
  AQLSCHEMES_TIGHTENED,
} from './fixtures/aqlschemes-resolved';

// Lot ranges as printed in Table 1 (written out here, not imported from the implementation).
const LOT_RANGES: Array<[number, number]> = [
  [2, 8],
  [9, 15],
  [16, 25],
  [26, 50],
  [51, 90],
  [91, 150],
  [151, 280],
  [281, 500],
  [501, 1200],
  [1201, 3200],
  [3201, 10000],
  [10001, 35000],
  [35001, 150000],
  [150001, 500000],
  [500001, 5_000_000],
];

const EXPECTED = { normal: AQLSCHEMES_NORMAL, tightened: AQLSCHEMES_TIGHTENED, reduced: AQLSCHEMES_REDUCED };

describe('Table 1 — sample size code letters (every lot range × 7 levels)', () => {
  const cases = LOT_RANGES.flatMap(([min, max], row) =>
    INSPECTION_LEVELS.map((level, col) => ({
      min,
      max,
      level,
      letter: AQLSCHEMES_TABLE_1[row]?.split(' ')[col],
    })),
  );
  it.each(cases)('$min–$max at $level → $letter', ({ min, max, level, letter }) => {
    const mid = Math.floor((min + max) / 2);
    for (const lot of [min, mid, max]) expect(codeLetterFor(lot, level)).toBe(letter);
  });
});

describe.each(['normal', 'tightened', 'reduced'] as const)(
  'Table 2 (%s) — every letter × every AQL',
  (severity) => {
    it.each([...CODE_LETTERS])('row %s matches AQLSchemes (sample size, Ac, Re after arrows)', (letter) => {
      const got = AQL_SERIES.map((aql) => {
        const p = masterPlan(letter, aql, severity);
        return `${p.sampleSize}:${p.acceptNumber}/${p.rejectNumber}`;
      });
      expect(got).toEqual(EXPECTED[severity][letter]?.split(' '));
    });

    it('the sample size is always the one of the letter where the plan was found', () => {
      for (const letter of CODE_LETTERS) {
        for (const aql of AQL_SERIES) {
          const p = masterPlan(letter, aql, severity);
          const sizes: Record<string, number> = severity === 'reduced' ? REDUCED_SAMPLE_SIZES : SAMPLE_SIZES;
          expect(p.sampleSize).toBe(sizes[p.planCodeLetter]);
        }
      }
    });
  },
);

describe('samplingPlan end to end — every lot range × level × AQL × severity', () => {
  it.each(['normal', 'tightened', 'reduced'] as const)('%s', (inspection) => {
    const mismatches: string[] = [];
    LOT_RANGES.forEach(([, lotSize], row) => {
      INSPECTION_LEVELS.forEach((level, col) => {
        const letter = AQLSCHEMES_TABLE_1[row]?.split(' ')[col] ?? '?';
        AQL_SERIES.forEach((aql, j) => {
          const [n, acRe] = (EXPECTED[inspection][letter]?.split(' ')[j] ?? '').split(':');
          const [ac, re] = (acRe ?? '').split('/').map(Number);
          const full = Number(n) >= lotSize;
          const want = {
            codeLetter: letter,
            sampleSize: full ? lotSize : Number(n),
            acceptNumber: ac,
            rejectNumber: re,
            fullInspection: full,
          };
          const p = samplingPlan({ lotSize, level, aql, inspection });
          const got = {
            codeLetter: p.codeLetter,
            sampleSize: p.sampleSize,
            acceptNumber: p.acceptNumber,
            rejectNumber: p.rejectNumber,
            fullInspection: p.fullInspection,
          };
          if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`${lotSize}/${level}/${aql}`);
        });
      });
    });
    expect(mismatches).toEqual([]);
  });
});

describe('arrow resolution (explicit cells)', () => {
  it.each([
    // [severity, letter, aql, planLetter, n, ac, re]
    ['normal', 'A', 1.0, 'E', 13, 0, 1], // ↓ through B, C, D
    ['normal', 'B', 6.5, 'A', 2, 0, 1], // ↑ one row
    ['normal', 'A', 10, 'C', 5, 1, 2], // top row cannot point up: ↓ to C
    ['normal', 'F', 1.5, 'G', 32, 1, 2], // the classic ↓ after ↑
    ['normal', 'K', 15, 'J', 80, 21, 22], // ↑ above the last 21/22
    ['normal', 'R', 0.015, 'P', 800, 0, 1], // bottom row points up twice
    ['normal', 'R', 0.01, 'Q', 1250, 0, 1],
    ['normal', 'C', 1000, 'B', 3, 44, 45],
    ['tightened', 'Q', 0.025, 'S', 3150, 1, 2], // row S reached only by arrows
    ['tightened', 'R', 0.025, 'S', 3150, 1, 2],
    ['tightened', 'R', 0.015, 'Q', 1250, 0, 1],
    ['tightened', 'A', 10, 'D', 8, 1, 2], // no 0/1 in row A of Table 2-B
    ['tightened', 'K', 15, 'J', 80, 18, 19],
    ['reduced', 'C', 6.5, 'D', 3, 0, 2],
    ['reduced', 'B', 40, 'B', 2, 2, 4],
  ] as const)('%s %s @ %s → %s n=%i Ac%i Re%i', (severity, letter, aql, planLetter, n, ac, re) => {
    expect(masterPlan(letter, aql, severity)).toEqual({
      planCodeLetter: planLetter,
      sampleSize: n,
      acceptNumber: ac,
      rejectNumber: re,
    });
  });
});

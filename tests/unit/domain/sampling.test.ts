import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AQL_SERIES,
  CODE_LETTERS,
  DomainError,
  INSPECTION_LEVELS,
  REDUCED_INSPECTION_SOURCE,
  codeLetterFor,
  samplingPlan,
  tighterAcceptNumber,
} from '../../../src/shared/domain';

const plan = (lotSize: number, aql: number, level: (typeof INSPECTION_LEVELS)[number] = 'II') =>
  samplingPlan({ lotSize, level, aql });

describe('worked examples published by inspection companies', () => {
  it.each([
    // lot, level, aql, letter, n, Ac, Re
    [3000, 'II', 2.5, 'K', 125, 7, 8],
    [3000, 'II', 4.0, 'K', 125, 10, 11],
    [3000, 'II', 1.5, 'K', 125, 5, 6],
    [500, 'II', 2.5, 'H', 50, 3, 4],
    [500, 'II', 4.0, 'H', 50, 5, 6],
    [1000, 'II', 2.5, 'J', 80, 5, 6],
    [2000, 'II', 2.5, 'K', 125, 7, 8],
    [5000, 'II', 2.5, 'L', 200, 10, 11],
    [5000, 'II', 4.0, 'L', 200, 14, 15],
    [10000, 'II', 1.5, 'L', 200, 7, 8],
    [150, 'II', 1.5, 'F', 32, 1, 2], // F has ↓ at 1.5: sample of G (32), not 20
    [1200, 'I', 2.5, 'G', 32, 2, 3],
    [3000, 'III', 2.5, 'L', 200, 10, 11],
    [3000, 'S-3', 2.5, 'E', 20, 1, 2], // E @ 2.5 is ↓: plan and sample of F
  ] as const)('lot %i level %s AQL %s → %s n=%i Ac%i Re%i', (lotSize, level, aql, letter, n, ac, re) => {
    const p = samplingPlan({ lotSize, level, aql });
    expect(p.codeLetter).toBe(letter);
    expect([p.sampleSize, p.acceptNumber, p.rejectNumber, p.fullInspection]).toEqual([n, ac, re, false]);
  });

  it('lot 500 level II is letter H with sample 50', () => {
    expect(codeLetterFor(500, 'II')).toBe('H');
    expect(plan(500, 1.0)).toMatchObject({ planCodeLetter: 'H', sampleSize: 50, acceptNumber: 1 });
    expect(plan(500, 0.65)).toMatchObject({ planCodeLetter: 'J', sampleSize: 80, acceptNumber: 1 }); // H @ 0.65 is ↓
  });

  it('tightened and reduced examples', () => {
    expect(samplingPlan({ lotSize: 3000, level: 'II', aql: 2.5, inspection: 'tightened' })).toMatchObject({
      sampleSize: 125,
      acceptNumber: 5,
      rejectNumber: 6,
    });
    expect(samplingPlan({ lotSize: 3000, level: 'II', aql: 2.5, inspection: 'reduced' })).toMatchObject({
      sampleSize: 50,
      acceptNumber: 3,
      rejectNumber: 6,
    });
    expect(REDUCED_INSPECTION_SOURCE).toMatch(/Z1\.4/);
  });
});

describe('full inspection when the plan sample reaches the lot', () => {
  it('lot 10 level II AQL 0.65 → ↓ to 20 ≥ 10: inspect all 10 with Ac/Re of the plan found', () => {
    expect(plan(10, 0.65)).toEqual({
      codeLetter: 'B',
      planCodeLetter: 'F',
      sampleSize: 10,
      acceptNumber: 0,
      rejectNumber: 1,
      fullInspection: true,
    });
  });
  it('sample equal to lot is full inspection', () => {
    expect(plan(2, 6.5, 'I')).toMatchObject({ sampleSize: 2, fullInspection: true });
  });
  it('a 3150 tightened sample on a lot of 3000 is full inspection', () => {
    const p = samplingPlan({ lotSize: 1_000_000, level: 'II', aql: 0.025, inspection: 'tightened' });
    expect(p).toMatchObject({ planCodeLetter: 'S', sampleSize: 3150, acceptNumber: 1, rejectNumber: 2 });
  });
});

describe('bad inputs carry stable codes', () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e instanceof DomainError ? e.code : 'not-domain-error';
    }
    return 'no-error';
  };
  it.each([1, 0, -5, 2.5, Number.NaN, Number.POSITIVE_INFINITY, '100' as unknown as number])(
    'lot size %s → invalid-lot-size',
    (lotSize) => expect(code(() => samplingPlan({ lotSize, level: 'II', aql: 1 }))).toBe('invalid-lot-size'),
  );
  it.each([0, 2, 3, 0.5, 5, 1001, -1, Number.NaN])('AQL %s → unknown-aql', (aql) =>
    expect(code(() => samplingPlan({ lotSize: 100, level: 'II', aql }))).toBe('unknown-aql'),
  );
  it.each(['IV', 's-1', '', 'G-2'])('level %j → unknown-level', (level) =>
    expect(code(() => samplingPlan({ lotSize: 100, level: level as 'II', aql: 1 }))).toBe('unknown-level'),
  );
  it('unknown inspection severity', () =>
    expect(
      code(() => samplingPlan({ lotSize: 100, level: 'II', aql: 1, inspection: 'strict' as 'normal' })),
    ).toBe('unknown-inspection'));
  it('AQL written with float noise still matches the series', () =>
    expect(plan(3000, 0.1 + 0.15).acceptNumber).toBe(plan(3000, 0.25).acceptNumber));
});

describe('properties', () => {
  const lotArb = fc.integer({ min: 2, max: 2_000_000 });
  const levelArb = fc.constantFrom(...INSPECTION_LEVELS);
  const aqlArb = fc.constantFrom(...AQL_SERIES);

  it('at a fixed level a larger lot never gets a smaller code letter', () => {
    fc.assert(
      fc.property(lotArb, lotArb, levelArb, (a, b, level) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const rank = (l: string) => CODE_LETTERS.indexOf(l as (typeof CODE_LETTERS)[number]);
        return rank(codeLetterFor(small, level)) <= rank(codeLetterFor(large, level));
      }),
    );
  });

  it('Re = Ac + 1 in single sampling, normal and tightened', () => {
    fc.assert(
      fc.property(
        lotArb,
        levelArb,
        aqlArb,
        fc.constantFrom('normal', 'tightened' as const),
        (lotSize, level, aql, inspection) => {
          const p = samplingPlan({ lotSize, level, aql, inspection });
          return p.rejectNumber === p.acceptNumber + 1;
        },
      ),
    );
  });

  it('sample size never exceeds the lot and full inspection means sample = lot', () => {
    fc.assert(
      fc.property(
        lotArb,
        levelArb,
        aqlArb,
        fc.constantFrom('normal', 'tightened', 'reduced' as const),
        (lotSize, level, aql, inspection) => {
          const p = samplingPlan({ lotSize, level, aql, inspection });
          return p.sampleSize <= lotSize && (!p.fullInspection || p.sampleSize === lotSize);
        },
      ),
    );
  });

  it('tightened is never more lenient than normal for the same lot (Ac does not grow)', () => {
    fc.assert(
      fc.property(lotArb, levelArb, aqlArb, (lotSize, level, aql) => {
        const n = samplingPlan({ lotSize, level, aql });
        const t = samplingPlan({ lotSize, level, aql, inspection: 'tightened' });
        return t.sampleSize < n.sampleSize || t.acceptNumber <= n.acceptNumber;
      }),
    );
  });
});

describe('tighterAcceptNumber (for the switching score)', () => {
  it('same row, one AQL step tighter', () => {
    expect(tighterAcceptNumber('K', 2.5)).toBe(5);
    expect(tighterAcceptNumber('K', 1.0)).toBe(2);
    expect(tighterAcceptNumber('K', 0.4)).toBe(null); // K @ 0.25 is an arrow
    expect(tighterAcceptNumber('A', 0.01)).toBe(null);
  });
});

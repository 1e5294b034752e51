import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DomainError,
  formatInchFraction,
  judgeReading,
  parseDeviation,
  parseInchFraction,
  parseInchSixteenths,
  parseReading,
  readingFromDeviation,
  summarizeMeasurements,
} from '../../../src/shared/domain';
import type { PomSpec } from '../../../src/shared/domain';

const chestIn: PomSpec = { id: 'chest', target: 20.5, minus: 0.25, plus: 0.5, unit: 'in' };
const lengthCm: PomSpec = { id: 'length', target: 70.3, minus: 0.2, plus: 0.1, unit: 'cm' };

describe('inch fractions', () => {
  it.each([
    ['12 3/8', 12.375],
    ['12-3/8', 12.375],
    ['12.375', 12.375],
    ['3/4', 0.75],
    ['-1/4', -0.25],
    ['+1/2', 0.5],
    ['1 1/2"', 1.5],
    ['7', 7],
    ['.5', 0.5],
    ['12.3', 12.3125], // nearest 1/16: 196.8/16 → 197/16
    ['1/32', 0.0625], // half rounds away from zero
    ['-1/32', -0.0625],
    ['2 6/8', 2.75],
  ])('parse %j → %s', (text, value) => expect(parseInchFraction(text)).toBe(value));

  it.each(['', 'abc', '1/0', '1 2', '--1/2', '12 3/', '3/4/5'])('rejects %j', (text) => {
    expect(() => parseInchFraction(text)).toThrow(expect.objectContaining({ code: 'invalid-fraction' }));
  });

  it.each([
    [12.375, '12 3/8'],
    [0.75, '3/4'],
    [-0.25, '-1/4'],
    [3, '3'],
    [0, '0'],
    [12.3, '12 5/16'],
    [0.0625, '1/16'],
  ])('format %s → %j', (value, text) => expect(formatInchFraction(value)).toBe(text));

  it('deviation formatting carries the sign', () => {
    expect(formatInchFraction(0.25, { withSign: true })).toBe('+1/4');
    expect(formatInchFraction(-0.5, { withSign: true })).toBe('-1/2');
    expect(formatInchFraction(0, { withSign: true })).toBe('0');
  });

  it('format/parse round-trips every sixteenth', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (k) => {
        expect(parseInchSixteenths(formatInchFraction(k / 16))).toBe(k);
        expect(parseInchSixteenths(formatInchFraction(k / 16).replace(' ', '-'))).toBe(k);
      }),
    );
  });

  it('parse then format is idempotent for any decimal', () => {
    fc.assert(
      fc.property(fc.double({ min: -500, max: 500, noNaN: true }), (x) => {
        const once = formatInchFraction(x);
        return formatInchFraction(parseInchFraction(once)) === once;
      }),
    );
  });
});

describe('judgeReading', () => {
  it('limits are inclusive, asymmetric tolerance', () => {
    expect(judgeReading(chestIn, 21).status).toBe('in'); // +1/2 exactly
    expect(judgeReading(chestIn, 20.25).status).toBe('in'); // −1/4 exactly
    expect(judgeReading(chestIn, 21.0625)).toEqual({ status: 'over', deviation: 0.5625, exceededBy: 0.0625 });
    expect(judgeReading(chestIn, 20.1875)).toEqual({
      status: 'under',
      deviation: -0.3125,
      exceededBy: 0.0625,
    });
  });

  it('no float trap at the limit', () => {
    // 70.3 + 0.1 = 70.39999999999999 and 70.3 − 0.2 = 70.1 in binary; both must be in.
    expect(judgeReading(lengthCm, 70.4).status).toBe('in');
    expect(judgeReading(lengthCm, 70.1).status).toBe('in');
    expect(judgeReading(lengthCm, 0.1 + 0.2 + 70).status).toBe('in');
    expect(judgeReading(lengthCm, 70.41).status).toBe('over');
    expect(judgeReading(lengthCm, 70.09).status).toBe('under');
  });

  it('readings in the other unit are converted', () => {
    expect(judgeReading(chestIn, 52.07, 'cm').status).toBe('in'); // 20.5 in
    expect(judgeReading(lengthCm, 27.68, 'in').status).toBe('in'); // 70.3072 cm
  });

  it('rejects bad readings and tolerances', () => {
    expect(() => judgeReading(chestIn, Number.NaN)).toThrow(
      expect.objectContaining({ code: 'invalid-reading' }),
    );
    expect(() => judgeReading({ ...chestIn, minus: -0.25 }, 20)).toThrow(
      expect.objectContaining({ code: 'invalid-tolerance' }),
    );
  });
});

describe('deviation entry', () => {
  it('inch fractions and cm decimals', () => {
    expect(parseDeviation('+1/4', 'in')).toBe(0.25);
    expect(parseDeviation('-1/8', 'in')).toBe(-0.125);
    expect(parseDeviation('-0.5', 'cm')).toBe(-0.5);
    expect(parseDeviation('0,3', 'cm')).toBe(0.3);
    expect(readingFromDeviation(chestIn, '+1/4')).toBe(20.75);
    expect(readingFromDeviation(lengthCm, '+0.1')).toBe(70.4);
    expect(judgeReading(lengthCm, readingFromDeviation(lengthCm, '+0.1')).status).toBe('in');
  });
  it.each([
    ['', 'cm'],
    ['abc', 'cm'],
    ['1/4', 'cm'],
    ['x', 'in'],
  ] as const)('rejects %j in %s', (text, unit) =>
    expect(() => parseDeviation(text, unit)).toThrow(DomainError),
  );
  it('parseReading', () => {
    expect(parseReading('12 3/8', 'in')).toBe(12.375);
    expect(parseReading('70,4', 'cm')).toBe(70.4);
    expect(() => parseReading('', 'cm')).toThrow(expect.objectContaining({ code: 'invalid-reading' }));
  });
});

describe('summaries per POM and per sample', () => {
  it('counts, worst excess, share and critical outs', () => {
    const s = summarizeMeasurements(
      [{ ...chestIn, critical: true }, lengthCm],
      [
        { pomId: 'chest', sample: 1, value: 21.25 },
        { pomId: 'chest', sample: 2, value: 20.5 },
        { pomId: 'length', sample: 1, value: 70.5 },
        { pomId: 'length', sample: 2, value: null },
      ],
    );
    expect(s.perPom).toEqual([
      {
        pomId: 'chest',
        critical: true,
        measured: 2,
        missing: 0,
        outOfTolerance: 1,
        maxOver: 0.25,
        maxUnder: 0,
      },
      {
        pomId: 'length',
        critical: false,
        measured: 1,
        missing: 1,
        outOfTolerance: 1,
        maxOver: 0.1,
        maxUnder: 0,
      },
    ]);
    expect(s.perSample).toEqual([
      { sample: 1, measured: 2, outOfTolerance: 2, criticalOut: 1 },
      { sample: 2, measured: 1, outOfTolerance: 0, criticalOut: 0 },
    ]);
    expect([s.measured, s.missing, s.outOfTolerance, s.criticalOut]).toEqual([3, 1, 2, 1]);
    expect(s.outShare).toBeCloseTo(2 / 3);
  });
  it('unknown POM is a caller error', () => {
    expect(() => summarizeMeasurements([chestIn], [{ pomId: 'x', sample: 0, value: 1 }])).toThrow(
      DomainError,
    );
  });
});

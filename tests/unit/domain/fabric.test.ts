import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defectPoints, rollPoints, scoreFabricLot, scoreRoll } from '../../../src/shared/domain';
import type { FabricDefect, FabricRoll } from '../../../src/shared/domain';

const d = (size: number, atYard = 0, extra: Partial<FabricDefect> = {}): FabricDefect => ({
  kind: 'defect',
  size,
  atYard,
  ...extra,
});

describe('points per defect (boundaries inclusive)', () => {
  it.each([
    [0.5, 1],
    [3, 1],
    [3.01, 2],
    [6, 2],
    [6.01, 3],
    [9, 3],
    [9.01, 4],
    [40, 4],
  ])('%s in → %i', (size, points) => expect(defectPoints(d(size))).toBe(points));

  it('cm lengths converted; 7.62 cm is exactly 3 in', () => {
    expect(defectPoints(d(7.62, 0, { unit: 'cm' }))).toBe(1);
    expect(defectPoints(d(7.7, 0, { unit: 'cm' }))).toBe(2);
  });

  it('holes: 2 up to 1 in, 4 above; or 4 for any hole', () => {
    expect(defectPoints({ kind: 'hole', size: 1, atYard: 0 })).toBe(2);
    expect(defectPoints({ kind: 'hole', size: 1.1, atYard: 0 })).toBe(4);
    expect(defectPoints({ kind: 'hole', size: 0.2, atYard: 0 }, 'always-4')).toBe(4);
  });

  it('bad defects', () => {
    expect(() => defectPoints(d(0))).toThrow(expect.objectContaining({ code: 'invalid-defect' }));
    expect(() => defectPoints(d(2, -1))).toThrow(expect.objectContaining({ code: 'invalid-defect' }));
  });
});

describe('per-yard cap and roll score', () => {
  it('at most 4 points in one linear yard; yard k is [k, k+1)', () => {
    expect(rollPoints([d(10, 2.1), d(10, 2.9), d(2, 2.5)])).toBe(4);
    expect(rollPoints([d(10, 2.9), d(10, 3.0)])).toBe(8);
  });

  it('never more than 4 points per yard (property)', () => {
    const defect = fc.record({
      kind: fc.constantFrom('defect' as const, 'hole' as const),
      size: fc.double({ min: 0.01, max: 60, noNaN: true }),
      atYard: fc.double({ min: 0, max: 99.99, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(defect, { maxLength: 60 }), (defects) => {
        const yards = new Set(defects.map((x) => Math.floor(x.atYard)));
        const pts = rollPoints(defects);
        return pts <= 4 * yards.size && pts >= Math.min(defects.length, yards.size);
      }),
    );
  });

  const roll: FabricRoll = {
    id: 'R1',
    length: 100,
    lengthUnit: 'yd',
    cuttableWidth: 60,
    widthUnit: 'in',
    defects: [d(2, 1), d(5, 10), d(8, 20), d(12, 30), { kind: 'hole', size: 0.5, atYard: 40 }],
  };

  it('points × 3600 / (yards × width) and per 100 m²', () => {
    const r = scoreRoll(roll);
    expect(r.points).toBe(12);
    expect(r.per100SquareYards).toBeCloseTo(7.2, 10);
    expect(r.per100SquareMeters).toBeCloseTo((12 * 100) / (91.44 * 1.524), 10);
    expect(r.pass).toBe(true);
  });

  it('threshold configurable and inclusive', () => {
    expect(scoreRoll(roll, { rollThreshold: 7.2 }).pass).toBe(true);
    expect(scoreRoll(roll, { rollThreshold: 7 }).pass).toBe(false);
  });

  it('metric roll dimensions', () => {
    const r = scoreRoll({ ...roll, length: 91.44, lengthUnit: 'm', cuttableWidth: 152.4, widthUnit: 'cm' });
    expect(r.per100SquareYards).toBeCloseTo(7.2, 9);
  });

  it('full-width defects: up to 3 per 100 yards allowed, more is a downgrade flag', () => {
    const fw = (n: number) => Array.from({ length: n }, (_, i) => d(60, i * 10, { fullWidth: true }));
    expect(scoreRoll({ ...roll, defects: fw(3) }).fullWidth).toEqual({
      count: 3,
      per100Yards: 3,
      allowedPer100Yards: 3,
      downgrade: false,
    });
    expect(scoreRoll({ ...roll, defects: fw(4) }).fullWidth.downgrade).toBe(true);
    expect(scoreRoll({ ...roll, length: 50, defects: fw(2) }).fullWidth).toMatchObject({
      per100Yards: 4,
      downgrade: true,
    });
    expect(scoreRoll({ ...roll, defects: fw(2) }, { fullWidthPer100Yards: 2 }).fullWidth.downgrade).toBe(
      false,
    );
  });

  it('lot average weighted by area', () => {
    const lot = scoreFabricLot(
      [roll, { ...roll, id: 'R2', length: 50, defects: Array.from({ length: 30 }, (_, i) => d(20, i)) }],
      { lotThreshold: 40 },
    );
    expect(lot.rolls[1]?.per100SquareYards).toBeCloseTo(144, 9);
    expect(lot.failedRolls).toEqual(['R2']);
    expect(lot.lotPer100SquareYards).toBeCloseTo(((12 + 120) * 3600) / (150 * 60), 9);
    expect(lot.lotPass).toBe(false);
    expect(scoreFabricLot([roll]).lotPass).toBe(null);
  });

  it('bad rolls', () => {
    expect(() => scoreRoll({ ...roll, length: 0 })).toThrow(
      expect.objectContaining({ code: 'invalid-roll' }),
    );
    expect(() => scoreRoll({ ...roll, cuttableWidth: -1 })).toThrow(
      expect.objectContaining({ code: 'invalid-roll' }),
    );
    expect(() => scoreRoll({ ...roll, defects: [d(1, 101)] })).toThrow(
      expect.objectContaining({ code: 'invalid-defect' }),
    );
  });
});

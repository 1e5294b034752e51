import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateSample, cartonsToOpen, drawCartons, seededRandom } from '../../../src/shared/domain';

describe('cartonsToOpen', () => {
  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [4, 2],
    [5, 3],
    [100, 10],
    [101, 11],
    [1000, 32],
  ])('⌈√%i⌉ = %i', (n, k) => expect(cartonsToOpen(n)).toBe(k));
  it('fixed and percent rules, clamped to the shipment', () => {
    expect(cartonsToOpen(50, { kind: 'fixed', count: 80 })).toBe(50);
    expect(cartonsToOpen(50, { kind: 'percent', percent: 10 })).toBe(5);
    expect(cartonsToOpen(51, { kind: 'percent', percent: 10 })).toBe(6);
  });
  it('bad input', () => {
    expect(() => cartonsToOpen(-1)).toThrow(expect.objectContaining({ code: 'invalid-count' }));
    expect(() => cartonsToOpen(10, { kind: 'percent', percent: 0 })).toThrow(
      expect.objectContaining({ code: 'invalid-config' }),
    );
  });
});

describe('drawCartons', () => {
  it('reproducible from the stored seed, different for another seed', () => {
    const a = drawCartons(500, 23, 'insp-2025-0001');
    expect(drawCartons(500, 23, 'insp-2025-0001')).toEqual(a);
    expect(drawCartons(500, 23, 'insp-2025-0002')).not.toEqual(a);
  });
  it('no repeats, in range, sorted (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.string(), fc.nat(), (total, seed, k) => {
        const count = k % (total + 1);
        const drawn = drawCartons(total, count, seed);
        expect(drawn).toHaveLength(count);
        expect(new Set(drawn).size).toBe(count);
        expect(drawn.every((c) => c >= 1 && c <= total)).toBe(true);
        expect([...drawn].sort((x, y) => x - y)).toEqual(drawn);
      }),
    );
  });
  it('drawing all cartons returns 1..N', () => {
    expect(drawCartons(7, 7, 's')).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
  it('every carton can be drawn (roughly uniform)', () => {
    const hits = new Array(10).fill(0);
    for (let i = 0; i < 2000; i++) for (const c of drawCartons(10, 1, `seed-${i}`)) hits[c - 1] += 1;
    for (const h of hits) expect(h).toBeGreaterThan(130);
  });
  it('bad input', () => {
    expect(() => drawCartons(5, 6, 's')).toThrow(expect.objectContaining({ code: 'invalid-count' }));
  });
  it('seededRandom is in [0,1) and deterministic', () => {
    const r1 = seededRandom('x');
    const r2 = seededRandom('x');
    for (let i = 0; i < 100; i++) {
      const v = r1();
      expect(v).toBe(r2());
      expect(v >= 0 && v < 1).toBe(true);
    }
  });
});

describe('allocateSample (largest remainder)', () => {
  it('spreads over colour/size lines in proportion', () => {
    const lines = [
      { key: 'navy/S', quantity: 300 },
      { key: 'navy/M', quantity: 500 },
      { key: 'red/M', quantity: 200 },
    ];
    expect(allocateSample(125, lines).map((l) => l.sample)).toEqual([37, 63, 25]); // 37.5 and 62.5 tie: the larger line gets the unit
    expect(allocateSample(0, lines).map((l) => l.sample)).toEqual([0, 0, 0]);
  });
  it('sum is exactly the sample size and each line is within one of its quota (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        (qs, k) => {
          const total = qs.reduce((a, b) => a + b, 0);
          const n = total === 0 ? 0 : k % (total + 1);
          const out = allocateSample(
            n,
            qs.map((quantity, i) => ({ key: String(i), quantity })),
          );
          expect(out.reduce((a, l) => a + l.sample, 0)).toBe(n);
          for (const l of out) {
            const quota = total === 0 ? 0 : (n * l.quantity) / total;
            expect(l.sample >= Math.floor(quota) && l.sample <= Math.ceil(quota)).toBe(true);
            expect(l.sample).toBeLessThanOrEqual(l.quantity);
          }
        },
      ),
    );
  });
  it('rejects a sample larger than the order', () => {
    expect(() => allocateSample(11, [{ key: 'a', quantity: 10 }])).toThrow(
      expect.objectContaining({ code: 'invalid-quantity' }),
    );
  });
});

import { DomainError } from './errors';
import { randomInt, seededRandom } from './random';

export type CartonRule =
  { kind: 'sqrt' } | { kind: 'fixed'; count: number } | { kind: 'percent'; percent: number };

function checkCount(n: unknown, name: string): asserts n is number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) {
    throw new DomainError('invalid-count', `${name} must be a non-negative integer`, { [name]: n });
  }
}

/** Cartons to open: default ⌈√N⌉ (common buyer practice), clamped to [min(1, N), N]. */
export function cartonsToOpen(totalCartons: number, rule: CartonRule = { kind: 'sqrt' }): number {
  checkCount(totalCartons, 'totalCartons');
  if (totalCartons === 0) return 0;
  let n: number;
  if (rule.kind === 'sqrt') n = Math.ceil(Math.sqrt(totalCartons) - 1e-12);
  else if (rule.kind === 'fixed') {
    checkCount(rule.count, 'count');
    n = rule.count;
  } else {
    if (!(rule.percent > 0 && rule.percent <= 100)) {
      throw new DomainError('invalid-config', 'Percent must be in (0, 100]', { percent: rule.percent });
    }
    n = Math.ceil((totalCartons * rule.percent) / 100 - 1e-9);
  }
  return Math.max(1, Math.min(totalCartons, n));
}

/**
 * Draws `count` distinct carton numbers from 1..total, reproducibly from `seed`, by a partial
 * Fisher–Yates shuffle over a sparse map (no N-sized array for large shipments). Sorted ascending
 * for the inspector's pick list.
 */
export function drawCartons(totalCartons: number, count: number, seed: string): number[] {
  checkCount(totalCartons, 'totalCartons');
  checkCount(count, 'count');
  if (count > totalCartons) {
    throw new DomainError('invalid-count', 'Cannot open more cartons than shipped', { totalCartons, count });
  }
  const rand = seededRandom(seed);
  const swapped = new Map<number, number>();
  const picked: number[] = [];
  for (let i = 0; i < count; i++) {
    const j = i + randomInt(rand, totalCartons - i);
    const atJ = swapped.get(j) ?? j;
    swapped.set(j, swapped.get(i) ?? i);
    picked.push(atJ + 1);
  }
  return picked.sort((a, b) => a - b);
}

export interface OrderLine {
  /** e.g. "navy/M" — colour and size of one order line. */
  key: string;
  quantity: number;
}

/**
 * Spreads the sample over colours/sizes in proportion to ordered quantities by the largest
 * remainder (Hamilton) method, in exact integer arithmetic. The allocations sum to sampleSize;
 * ties on the remainder go to the larger line, then to the earlier line.
 */
export function allocateSample(
  sampleSize: number,
  lines: readonly OrderLine[],
): Array<OrderLine & { sample: number }> {
  checkCount(sampleSize, 'sampleSize');
  for (const l of lines) checkCount(l.quantity, 'quantity');
  const total = lines.reduce((a, l) => a + l.quantity, 0);
  if (sampleSize > total) {
    throw new DomainError('invalid-quantity', 'Sample larger than the order', { sampleSize, total });
  }
  if (total === 0) return lines.map((l) => ({ ...l, sample: 0 }));
  const base = lines.map((l, index) => {
    const num = sampleSize * l.quantity;
    return { index, sample: Math.floor(num / total), remainder: num % total, quantity: l.quantity };
  });
  let left = sampleSize - base.reduce((a, b) => a + b.sample, 0);
  const order = [...base].sort(
    (a, b) => b.remainder - a.remainder || b.quantity - a.quantity || a.index - b.index,
  );
  for (const b of order) {
    if (left === 0) break;
    b.sample += 1;
    left -= 1;
  }
  return lines.map((l, i) => ({ ...l, sample: base[i]?.sample ?? 0 }));
}

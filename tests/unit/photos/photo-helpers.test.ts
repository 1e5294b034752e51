import { describe, expect, it } from 'vitest';
import {
  arrowBarbs,
  extendShape,
  hasSize,
  startShape,
  toPhotoPoint,
} from '../../../src/features/photos/annotate-shapes';
import { groupByTarget } from '../../../src/features/photos/group';
import { encodeWithinBudget, fitWithin } from '../../../src/features/photos/image-math';
import { formatBytes } from '../../../src/features/photos/storage';
import type { Photo } from '../../../src/shared/schema';

describe('photo capture decisions', () => {
  it('a 12-megapixel landscape photo is scaled so its long edge is 1600 px', () => {
    expect(fitWithin({ width: 4000, height: 3000 })).toEqual({ width: 1600, height: 1200 });
  });

  it('a portrait photo is limited by its height', () => {
    expect(fitWithin({ width: 3000, height: 4000 })).toEqual({ width: 1200, height: 1600 });
  });

  it('a photo already small enough is never upscaled', () => {
    expect(fitWithin({ width: 800, height: 600 })).toEqual({ width: 800, height: 600 });
    expect(fitWithin({ width: 1600, height: 20 })).toEqual({ width: 1600, height: 20 });
  });

  it('encoding stops at the first quality whose JPEG fits the budget', async () => {
    const tried: number[] = [];
    const sizes: Record<number, number> = { 0.8: 500_000, 0.7: 380_000, 0.6: 300_000 };
    const encode = async (quality: number) => (tried.push(quality), { size: sizes[quality]! });
    expect(await encodeWithinBudget(encode)).toEqual({ result: { size: 380_000 }, quality: 0.7 });
    expect(tried).toEqual([0.8, 0.7]);
  });

  it('when no quality fits the budget the smallest attempt is kept rather than failing', async () => {
    const encode = async (quality: number) => ({ size: Math.round(quality * 1_000_000) });
    expect(await encodeWithinBudget(encode)).toEqual({ result: { size: 600_000 }, quality: 0.6 });
  });

  it('sizes are shown in binary units with one decimal below ten', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(350 * 1024 * 1024)).toBe('350 MB');
  });
});

describe('annotation geometry', () => {
  it('pointer positions map to photo pixels whatever size the photo is shown at', () => {
    const rect = { left: 10, top: 20, width: 320, height: 240 };
    expect(toPhotoPoint(170, 140, rect, { width: 1600, height: 1200 })).toEqual([800, 600]);
  });

  it('a tapped arrow or circle has no size and is dropped; a tapped stroke is a dot', () => {
    expect(hasSize(startShape('arrow', [5, 5]))).toBe(false);
    expect(hasSize(extendShape(startShape('circle', [5, 5]), [9, 5]))).toBe(true);
    expect(hasSize(startShape('draw', [5, 5]))).toBe(true);
  });

  it('a resting finger does not add repeated points to a stroke', () => {
    const stroke = extendShape(extendShape(startShape('draw', [1, 1]), [1, 1]), [2, 2]);
    expect(stroke).toEqual({
      tool: 'draw',
      points: [
        [1, 1],
        [2, 2],
      ],
    });
  });

  it('the arrow head points back from the tip on both sides of the shaft', () => {
    const [a, b] = arrowBarbs([0, 0], [100, 0], 10);
    expect(a[0]).toBeCloseTo(100 - 10 * Math.cos(Math.PI / 6));
    expect(a[1]).toBeCloseTo(-5);
    expect(b[1]).toBeCloseTo(5);
  });
});

describe('photo groups', () => {
  const photo = (id: string, target: Photo['target']) => ({ id, target }) as Photo;

  it('general photos come first, then defects, checklist items and packing, each group once', () => {
    const groups = groupByTarget([
      photo('1', { kind: 'packing', cartonNo: 2 }),
      photo('2', { kind: 'checklist_item', code: 'A' }),
      photo('3', { kind: 'inspection' }),
      photo('4', { kind: 'checklist_item', code: 'A' }),
    ]);
    expect(groups.map((g) => [g.key, g.photos.map((p) => p.id)])).toEqual([
      ['inspection', ['3']],
      ['checklist_item:A', ['2', '4']],
      ['packing:2', ['1']],
    ]);
  });
});

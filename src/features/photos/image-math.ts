/**
 * The pure decisions of photo capture, kept apart from canvas code so they can be tested in Node:
 * how big the stored photo is and how hard its JPEG is squeezed.
 */

/** Long edge of a stored photo: enough to see a stitch, small enough for a day of photos offline. */
export const MAX_EDGE = 1600;

/** Above this a JPEG is encoded again at the next lower quality. */
export const BYTE_BUDGET = 400 * 1024;

/** Tried in order until one fits the budget; the last one is kept whatever its size. */
export const JPEG_QUALITIES = [0.8, 0.7, 0.6] as const;

export interface Size {
  width: number;
  height: number;
}

/** Scales so the long edge is at most `maxEdge`, keeping the aspect ratio; never upscales. */
export const fitWithin = ({ width, height }: Size, maxEdge: number = MAX_EDGE): Size => {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
};

/**
 * Encodes at falling qualities until the result fits the budget. `encode` is injected (a canvas in
 * the browser, a fake in tests); encodings run one at a time so a phone never holds three at once.
 */
export const encodeWithinBudget = async <T extends { size: number }>(
  encode: (quality: number) => Promise<T>,
  qualities: readonly number[] = JPEG_QUALITIES,
  budget: number = BYTE_BUDGET,
): Promise<{ result: T; quality: number }> => {
  let last: { result: T; quality: number } | null = null;
  for (const quality of qualities) {
    last = { result: await encode(quality), quality };
    if (last.result.size <= budget) return last;
  }
  if (!last) throw new Error('no JPEG quality to try');
  return last;
};

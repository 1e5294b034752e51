/** Where the next reading goes, and where it goes after that: POM by POM, then sample, then size. */

export interface Cursor {
  size: string;
  sampleNo: number;
  pomIndex: number;
}

export interface GridShape {
  sizes: readonly string[];
  samples: number;
  pomCount: number;
  /** False for a POM the sheet grades no target for in that size: the cursor skips it. */
  applicable: (size: string, pomIndex: number) => boolean;
}

/** Samples shown side by side: four 48 px columns plus the POM column fit a 360 px screen. */
export const WINDOW = 4;

export const windowStart = (sampleNo: number): number => Math.floor((sampleNo - 1) / WINDOW) * WINDOW + 1;

/** A remembered cursor may point at a size or sample that is no longer measured: pull it back in. */
export const clampCursor = (cursor: Cursor | null | undefined, shape: GridShape): Cursor => {
  const first = shape.sizes[0] ?? '';
  if (!cursor || !shape.sizes.includes(cursor.size)) return { size: first, sampleNo: 1, pomIndex: 0 };
  return {
    size: cursor.size,
    sampleNo: Math.min(Math.max(1, cursor.sampleNo), shape.samples),
    pomIndex: Math.min(Math.max(0, cursor.pomIndex), shape.pomCount - 1),
  };
};

/** The next applicable cell, or null after the last one. */
export const nextCursor = (cursor: Cursor, shape: GridShape): Cursor | null => {
  let sizeIndex = shape.sizes.indexOf(cursor.size);
  let { sampleNo, pomIndex } = cursor;
  for (;;) {
    pomIndex += 1;
    if (pomIndex >= shape.pomCount) {
      pomIndex = 0;
      sampleNo += 1;
    }
    if (sampleNo > shape.samples) {
      sampleNo = 1;
      sizeIndex += 1;
    }
    const size = shape.sizes[sizeIndex];
    if (size === undefined) return null;
    if (shape.applicable(size, pomIndex)) return { size, sampleNo, pomIndex };
  }
};

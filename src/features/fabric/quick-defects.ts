/**
 * The quick buttons of the defect pad. An inspector at the frame judges a defect by its band,
 * not to the millimetre, so each button stores a representative size inside its band (the top of
 * the band, or just above 9 in / 1 in): the points follow from the engine's table, never from here.
 */
import type { FabricDefect } from '../../shared/schema';

export interface QuickDefect {
  id: 'band-1' | 'band-2' | 'band-3' | 'band-4' | 'hole-small' | 'hole-large';
  kind: FabricDefect['kind'];
  /** Inches. */
  size: number;
  points: 1 | 2 | 3 | 4;
}

export const QUICK_DEFECTS: readonly QuickDefect[] = [
  { id: 'band-1', kind: 'defect', size: 3, points: 1 },
  { id: 'band-2', kind: 'defect', size: 6, points: 2 },
  { id: 'band-3', kind: 'defect', size: 9, points: 3 },
  { id: 'band-4', kind: 'defect', size: 10, points: 4 },
  { id: 'hole-small', kind: 'hole', size: 1, points: 2 },
  { id: 'hole-large', kind: 'hole', size: 2, points: 4 },
];

const METRES_PER_YARD = 0.9144;

/** The position field speaks the roll's own length unit; storage is always yards. */
export const positionToYards = (value: number, unit: 'yd' | 'm'): number =>
  unit === 'm' ? value / METRES_PER_YARD : value;
export const yardsToPosition = (yards: number, unit: 'yd' | 'm'): number =>
  unit === 'm' ? Math.round(yards * METRES_PER_YARD * 100) / 100 : yards;

import { DomainError } from './errors';

/**
 * Fabric inspection by the 4-point system (ASTM D5430 points table; roll score per 100 square
 * yards) plus the full-width defect rule of seed 000 §10.1 item 20.
 */

export type HolePointsMode = 'by-size' | 'always-4';

export interface FabricDefect {
  /** Position along the roll, in yards from its start; decides which linear yard is capped. */
  atYard: number;
  kind: 'defect' | 'hole';
  /** Defect length (or hole diameter) — in inches unless unit says cm. */
  size: number;
  unit?: 'in' | 'cm';
  /** Visible edge to edge across the width (seed 000: 全横档). */
  fullWidth?: boolean;
}

export interface FabricRoll {
  id: string;
  length: number;
  lengthUnit: 'yd' | 'm';
  /** Cuttable width (selvedge excluded). */
  cuttableWidth: number;
  widthUnit: 'in' | 'cm';
  defects: readonly FabricDefect[];
}

export interface FourPointConfig {
  /** 'by-size': ≤ 1 in → 2 points, larger → 4 (default); 'always-4': any hole → 4. */
  holes?: HolePointsMode;
  /** Max points per 100 yd² for a roll to pass (inclusive). Default 40. */
  rollThreshold?: number;
  /** Optional max points per 100 yd² averaged over the lot (by area). */
  lotThreshold?: number | null;
  /** Full-width defects allowed per 100 yards before a downgrade flag (seed 000: 2–3). Default 3. */
  fullWidthPer100Yards?: number;
}

const YD_PER_M = 1 / 0.9144;
const IN_PER_CM = 1 / 2.54;
// Inputs arrive as decimals (often converted from cm); a defect typed as 3.0000000001 in is 3 in.
const EPS = 1e-9;

/**
 * Points for one defect: length ≤ 3 in → 1, ≤ 6 → 2, ≤ 9 → 3, > 9 → 4. Limits are inclusive:
 * exactly 3 in scores 1 point.
 */
export function defectPoints(defect: FabricDefect, holes: HolePointsMode = 'by-size'): number {
  if (
    !Number.isFinite(defect.size) ||
    defect.size <= 0 ||
    !Number.isFinite(defect.atYard) ||
    defect.atYard < 0
  ) {
    throw new DomainError('invalid-defect', 'Defect size must be > 0 and position ≥ 0', { ...defect });
  }
  const inches = defect.unit === 'cm' ? defect.size * IN_PER_CM : defect.size;
  if (defect.kind === 'hole') return holes === 'always-4' || inches > 1 + EPS ? 4 : 2;
  if (inches <= 3 + EPS) return 1;
  if (inches <= 6 + EPS) return 2;
  if (inches <= 9 + EPS) return 3;
  return 4;
}

export interface RollResult {
  id: string;
  points: number;
  yards: number;
  widthInches: number;
  per100SquareYards: number;
  per100SquareMeters: number;
  pass: boolean;
  fullWidth: { count: number; per100Yards: number; allowedPer100Yards: number; downgrade: boolean };
}

function rollGeometry(roll: FabricRoll): { yards: number; widthInches: number } {
  const yards = roll.lengthUnit === 'm' ? roll.length * YD_PER_M : roll.length;
  const widthInches = roll.widthUnit === 'cm' ? roll.cuttableWidth * IN_PER_CM : roll.cuttableWidth;
  if (!(yards > 0) || !(widthInches > 0) || !Number.isFinite(yards) || !Number.isFinite(widthInches)) {
    throw new DomainError('invalid-roll', 'Roll length and cuttable width must be > 0', { id: roll.id });
  }
  return { yards, widthInches };
}

/** Sum of points with at most 4 per linear yard; yard k covers positions [k, k+1). */
export function rollPoints(defects: readonly FabricDefect[], holes: HolePointsMode = 'by-size'): number {
  const perYard = new Map<number, number>();
  for (const d of defects) {
    const yard = Math.floor(d.atYard);
    perYard.set(yard, Math.min(4, (perYard.get(yard) ?? 0) + defectPoints(d, holes)));
  }
  let total = 0;
  for (const p of perYard.values()) total += p;
  return total;
}

export function scoreRoll(roll: FabricRoll, config: FourPointConfig = {}): RollResult {
  const { yards, widthInches } = rollGeometry(roll);
  for (const d of roll.defects) {
    if (d.atYard > yards + EPS)
      throw new DomainError('invalid-defect', 'Defect beyond roll end', { id: roll.id });
  }
  const points = rollPoints(roll.defects, config.holes);
  // 3600 = 36 in × 100 yd: points per 100 square yards of cuttable fabric.
  const per100SquareYards = (points * 3600) / (yards * widthInches);
  const squareMeters = yards * 0.9144 * widthInches * 0.0254;
  const per100SquareMeters = (points * 100) / squareMeters;
  const threshold = config.rollThreshold ?? 40;
  const allowed = config.fullWidthPer100Yards ?? 3;
  const fullCount = roll.defects.filter((d) => d.fullWidth).length;
  const per100Yards = (fullCount * 100) / yards;
  return {
    id: roll.id,
    points,
    yards,
    widthInches,
    per100SquareYards,
    per100SquareMeters,
    pass: per100SquareYards <= threshold * (1 + 1e-12),
    fullWidth: {
      count: fullCount,
      per100Yards,
      allowedPer100Yards: allowed,
      downgrade: per100Yards > allowed + EPS,
    },
  };
}

export interface LotFabricResult {
  rolls: RollResult[];
  /** Area-weighted average: Σ points × 3600 / Σ (yards × width). */
  lotPer100SquareYards: number;
  lotPass: boolean | null;
  failedRolls: string[];
  downgradedRolls: string[];
}

export function scoreFabricLot(rolls: readonly FabricRoll[], config: FourPointConfig = {}): LotFabricResult {
  const results = rolls.map((r) => scoreRoll(r, config));
  const area = results.reduce((a, r) => a + r.yards * r.widthInches, 0);
  const points = results.reduce((a, r) => a + r.points, 0);
  const lotPer100SquareYards = area === 0 ? 0 : (points * 3600) / area;
  const lotThreshold = config.lotThreshold ?? null;
  return {
    rolls: results,
    lotPer100SquareYards,
    lotPass: lotThreshold === null ? null : lotPer100SquareYards <= lotThreshold * (1 + 1e-12),
    failedRolls: results.filter((r) => !r.pass).map((r) => r.id),
    downgradedRolls: results.filter((r) => r.fullWidth.downgrade).map((r) => r.id),
  };
}

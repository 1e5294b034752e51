/**
 * Bridges stored rolls and defects to the 4-point engine (scoreFabricLot). Pure, so the fabric
 * tab, the closing tab and the printed report score a lot exactly alike.
 */
import {
  scoreFabricLot,
  type FourPointConfig,
  type InspectionPlans,
  type LotFabricResult,
} from '../../shared/domain';
import type { Stage } from '../../shared/schema';
import type { RollWithDefects } from '../../db/repositories/fabric';

/**
 * Buyer default: a roll fails above 40 points per 100 yd². The lot is judged on its
 * area-weighted average against the same limit, so a lot result always exists once rolls do.
 */
export const FABRIC_CONFIG: FourPointConfig = { rollThreshold: 40, lotThreshold: 40 };

export type FabricLotStatus = 'pass' | 'fail' | 'pending';

export interface FabricLot {
  result: LotFabricResult | null;
  status: FabricLotStatus;
}

export const scoreRolls = (rolls: readonly RollWithDefects[], config = FABRIC_CONFIG): FabricLot => {
  if (rolls.length === 0) return { result: null, status: 'pending' };
  try {
    const result = scoreFabricLot(
      rolls.map(({ roll, defects }) => ({
        id: roll.id,
        length: roll.length,
        lengthUnit: roll.lengthUnit,
        cuttableWidth: roll.cuttableWidth,
        widthUnit: roll.widthUnit,
        defects,
      })),
      config,
    );
    // The lot is judged by the engine's area-weighted average; failed rolls are listed beside it
    // (they are rejected one by one, not the whole lot).
    return { result, status: result.lotPass === false ? 'fail' : 'pass' };
  } catch {
    // Only synced foreign data (a defect beyond a roll end) can get here; the repository refuses
    // it locally. Show "pending" rather than crash the screen.
    return { result: null, status: 'pending' };
  }
};

/** One decimal, as the trade quotes the score ("23.4 pts / 100 yd²"). */
export const formatPoints = (value: number): string => (Math.round(value * 10) / 10).toFixed(1);

/**
 * The plans a verdict is judged with. Rolls are not garments: a fabric inspection hides the
 * measurement tab, so it must not wait for measurements either (it would stay "pending" forever).
 */
export const plansForStage = (plans: InspectionPlans, stage: Stage): InspectionPlans =>
  stage === 'fabric' ? { ...plans, measurement: null } : plans;

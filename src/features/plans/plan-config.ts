/**
 * Glue between an inspection's header and the sampling engine. Pure, so the start form, the
 * inspection screen, the defect totals and the closing verdict all use the SAME plans.
 */
import {
  inspectionPlans,
  isDomainError,
  type DomainErrorCode,
  type InspectionPlans,
  type InspectionSeverity,
} from '../../shared/domain';
import type { AqlPreset } from '../../shared/schema';
// One measurement level for phone and server alike: the server judges with the same constant.
import { MEASUREMENT_LEVEL } from '../../shared/verdict-input';

export { MEASUREMENT_LEVEL };

export type PlanResult =
  { plans: InspectionPlans; error: null } | { plans: null; error: DomainErrorCode | 'internal' };

export const computePlans = (
  lotSize: number,
  aql: AqlPreset,
  inspection: InspectionSeverity = 'normal',
): PlanResult => {
  try {
    const plans = inspectionPlans({
      lotSize,
      level: aql.level,
      inspection,
      aql: { critical: aql.critical, major: aql.major, minor: aql.minor },
      measurement: { level: MEASUREMENT_LEVEL },
    });
    return { plans, error: null };
  } catch (error) {
    // A half-typed lot size on the start form is normal; show why instead of crashing.
    return { plans: null, error: isDomainError(error) ? error.code : 'internal' };
  }
};

/** Running totals of live defects per class; pure so the screen and later reports agree. */
import type { Defect, Severity } from '../../shared/schema';

export type SeverityTotals = Record<Severity, number> & { total: number };

export const defectTotals = (defects: readonly Defect[]): SeverityTotals => {
  const totals: SeverityTotals = { critical: 0, major: 0, minor: 0, total: 0 };
  for (const defect of defects) {
    if (defect.deletedAt !== null) continue;
    totals[defect.severity] += defect.quantity;
    totals.total += defect.quantity;
  }
  return totals;
};

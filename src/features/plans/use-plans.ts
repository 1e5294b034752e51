import { useMemo } from 'react';
import type { Inspection } from '../../shared/schema';
import { computePlans, type PlanResult } from './plan-config';

/** Plans of one inspection, recomputed only when its lot size or AQL settings change. */
export const usePlans = (inspection: Pick<Inspection, 'lotSize' | 'aql'>): PlanResult => {
  const { lotSize, aql } = inspection;
  return useMemo(() => computePlans(lotSize, aql), [lotSize, aql]);
};

import { cartonsToOpen, drawCartons } from '../../shared/domain';
import type { Inspection } from '../../shared/schema';

/**
 * The cartons drawn for an inspection: the domain's ⌈√N⌉ draw seeded with the inspection id,
 * exactly as the plan's carton list shows them, so packing, defects and reports agree.
 */
export const drawnCartons = (inspection: Pick<Inspection, 'id' | 'cartons'>): number[] =>
  drawCartons(inspection.cartons, cartonsToOpen(inspection.cartons), inspection.id);

import type { Inspection } from '../../shared/schema';

/**
 * What every tab panel of the inspection screen receives. `locked` is true once the inspection
 * is submitted: panels must then render read-only (the repositories refuse writes anyway).
 */
export interface InspectionPanelProps {
  inspection: Inspection;
  locked: boolean;
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../db/context';
import { defectUsage } from '../../db/repositories/defects';
import type { Inspection } from '../../shared/schema';

const NONE: ReadonlyMap<string, number> = new Map();

/**
 * Defect counts per code of this inspection's inspector, from their OTHER inspections on this
 * phone (see defectUsage). Empty while loading: the library then shows in its own order.
 */
export const useDefectUsage = (inspection: Pick<Inspection, 'id' | 'inspectorId'>) => {
  const db = useDb();
  const { id, inspectorId } = inspection;
  return useLiveQuery(() => defectUsage(db, inspectorId, id), [db, inspectorId, id]) ?? NONE;
};

import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../db/context';
import type { Inspection } from '../../shared/schema';
import type { PinnedRefs } from './office-report-model';

/**
 * The spec sheet, checklist and defect library the inspection pinned, from what this browser
 * pulled (office users pull all reference data). Undefined while loading or without an inspection.
 */
export const usePinnedRefs = (inspection: Inspection | undefined): PinnedRefs | undefined => {
  const db = useDb();
  return useLiveQuery(async () => {
    if (!inspection) return undefined;
    const [library, sheet, checklist] = await Promise.all([
      db.defectLibraries.get(inspection.defectLibraryId),
      db.specSheets.get(inspection.specSheetId),
      db.checklists.get(inspection.checklistId),
    ]);
    return { library: library ?? null, sheet: sheet ?? null, checklist: checklist ?? null };
  }, [db, inspection?.defectLibraryId, inspection?.specSheetId, inspection?.checklistId]);
};

/**
 * Live queries for inspection evidence (measurements, checklist answers) and the catalogues an
 * inspection pinned. `undefined` = still loading, `null` = not on this phone. Every read goes
 * through the repositories' query functions so the screen and the tests see the same "current".
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from './context';
import { currentAnswers } from './repositories/checklist';
import { currentReadings, highestSampleNo, readingsInWindow } from './repositories/measurements';

export const useSpecSheet = (id: string) => {
  const db = useDb();
  return useLiveQuery(async () => (await db.specSheets.get(id)) ?? null, [db, id]);
};

export const useChecklist = (id: string) => {
  const db = useDb();
  return useLiveQuery(async () => (await db.checklists.get(id)) ?? null, [db, id]);
};

/** Every current (latest, not tombstoned) reading of an inspection: for summaries. */
export const useCurrentReadings = (inspectionId: string) => {
  const db = useDb();
  return useLiveQuery(() => currentReadings(db, inspectionId), [db, inspectionId]);
};

/** Current readings of one size for samples from..to: what the grid shows, via the compound index. */
export const useReadingsWindow = (inspectionId: string, size: string, from: number, to: number) => {
  const db = useDb();
  return useLiveQuery(
    () => readingsInWindow(db, inspectionId, size, from, to),
    [db, inspectionId, size, from, to],
  );
};

/** A number, so a new reading inside the known range does not re-render its reader. */
export const useHighestSampleNo = (inspectionId: string) => {
  const db = useDb();
  return useLiveQuery(() => highestSampleNo(db, inspectionId), [db, inspectionId]);
};

/** Current answer per checklist item code. */
export const useCurrentAnswers = (inspectionId: string) => {
  const db = useDb();
  return useLiveQuery(() => currentAnswers(db, inspectionId), [db, inspectionId]);
};

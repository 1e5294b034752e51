import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../db/context';
import { liveRollsWithDefects } from '../../db/repositories/fabric';

/**
 * Live rolls with their live defects, as ONE live query: a tap (or a synced record) re-scores the
 * roll and the lot at once. `undefined` while loading.
 */
export const useFabricRolls = (inspectionId: string) => {
  const db = useDb();
  return useLiveQuery(() => liveRollsWithDefects(db, inspectionId), [db, inspectionId]);
};

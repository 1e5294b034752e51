/** Live photo lists for the screen; reads go through the repository so tests see the same "live". */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../db/context';
import { livePhotos, livePhotosOf, targetKey } from '../../db/repositories/photos';
import type { PhotoTarget } from '../../shared/schema';

export const useLivePhotos = (inspectionId: string) => {
  const db = useDb();
  return useLiveQuery(() => livePhotos(db, inspectionId), [db, inspectionId]);
};

export const useTargetPhotos = (inspectionId: string, target: PhotoTarget) => {
  const db = useDb();
  // Keyed by the target's string form: callers pass a fresh object literal on every render,
  // and useLiveQuery re-runs only when a dependency changes (it reads `target` through `key`).
  const key = targetKey(target);
  return useLiveQuery(() => livePhotosOf(db, inspectionId, target), [db, inspectionId, key]);
};

/** The UI's read-only mirror of one engine's status (zustand holds UI state only). */
import { create } from 'zustand';
import type { SyncEngine } from './engine';
import { INITIAL_PHOTO_PROGRESS, INITIAL_STATUS, type PhotoProgress, type SyncStatus } from './status';

export const createSyncStatusStore = (engine: SyncEngine) => {
  const useStatus = create<SyncStatus>(() => INITIAL_STATUS);
  engine.subscribe((status) => useStatus.setState(status, true));
  return useStatus;
};

/** Photo bytes still to send ("k of n photos uploaded", pending bytes, refused photos). */
export const createPhotoProgressStore = (engine: SyncEngine) => {
  const useProgress = create<PhotoProgress>(() => INITIAL_PHOTO_PROGRESS);
  engine.subscribePhotos((progress) => useProgress.setState(progress, true));
  return useProgress;
};

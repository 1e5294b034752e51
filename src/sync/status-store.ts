/** The UI's read-only mirror of one engine's status (zustand holds UI state only). */
import { create } from 'zustand';
import type { SyncEngine } from './engine';
import { INITIAL_STATUS, type SyncStatus } from './status';

export const createSyncStatusStore = (engine: SyncEngine) => {
  const useStatus = create<SyncStatus>(() => INITIAL_STATUS);
  engine.subscribe((status) => useStatus.setState(status, true));
  return useStatus;
};

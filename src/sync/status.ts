/** What the sync engine tells the UI, and how the header badge reads it. */
import type { ApiErrorCode } from '../shared/errors';

export type SyncState = 'idle' | 'syncing' | 'offline' | 'auth-required' | 'update-needed' | 'error';

/** API codes plus the two failures that never come from the server. */
export type SyncErrorCode = ApiErrorCode | 'network' | 'invalid-response';

export interface SyncStatus {
  state: SyncState;
  lastSuccessAt: string | null;
  lastError: SyncErrorCode | null;
}

export interface SyncReport {
  ok: boolean;
  /** True when another tab held the sync lock and this call did nothing. */
  skipped: boolean;
  pushed: number;
  rejected: number;
  pulled: number;
  status: SyncStatus;
}

export const INITIAL_STATUS: SyncStatus = { state: 'idle', lastSuccessAt: null, lastError: null };

/** The four states the header shows (data-state of `sync-state`). */
export type SyncBadge = 'saved-local' | 'pending' | 'synced' | 'error';

export const syncBadge = (status: SyncStatus, pendingCount: number): SyncBadge => {
  if (status.state === 'error' || status.state === 'auth-required' || status.state === 'update-needed') {
    return 'error';
  }
  if (pendingCount === 0) return 'synced';
  // Offline, the taps are safe on the phone; online they are on their way.
  return status.state === 'offline' ? 'saved-local' : 'pending';
};

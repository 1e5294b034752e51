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
  /** Photos confirmed and refused in this run (bytes go after push and pull). */
  photos: { uploaded: number; failed: number };
  status: SyncStatus;
}

export const INITIAL_STATUS: SyncStatus = { state: 'idle', lastSuccessAt: null, lastError: null };

/** Why one photo's bytes are held back on the phone (the bytes themselves are always kept). */
export type PhotoFailureCode = 'hash-mismatch' | 'forbidden' | 'payload-too-large' | 'invalid-request';

/**
 * Photo bytes on this phone, for a sync screen's "k of n photos uploaded". `failed` photos are
 * pending ones the server refused this session; they are kept and retried after a restart.
 */
export interface PhotoProgress {
  total: number;
  uploaded: number;
  pending: number;
  pendingBytes: number;
  failed: number;
  lastError: PhotoFailureCode | null;
}

export const INITIAL_PHOTO_PROGRESS: PhotoProgress = {
  total: 0,
  uploaded: 0,
  pending: 0,
  pendingBytes: 0,
  failed: 0,
  lastError: null,
};

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

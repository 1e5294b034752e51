/**
 * The client sync engine. Everything it touches is injected (db, fetch, clock, random,
 * locks) and all its state lives in the closure, so several engines can run in one test
 * process. One run = push the outbox, then pull, then send photo bytes (after their records);
 * runs never overlap within an engine, and with Web Locks only one tab of a device syncs at a
 * time.
 */
import type { QcDb } from '../db/db';
import { getClientId } from '../db/meta';
import { readDeviceReport, sendDeviceReport, type DeviceInfo } from './device-report';
import { createApi, errorCodeOf, HttpError, type FetchFn } from './http';
import { createPhotoUploader } from './photo-upload';
import { DEFAULT_PULL_LIMIT, pullChanges } from './pull';
import { DEFAULT_BATCH_SIZE, pushOutbox } from './push';
import {
  INITIAL_PHOTO_PROGRESS,
  INITIAL_STATUS,
  type PhotoProgress,
  type SyncReport,
  type SyncStatus,
} from './status';
import { createTriggers } from './triggers';

export interface SyncEngineOptions {
  db: QcDb;
  fetch: FetchFn;
  now: () => number;
  baseUrl?: string;
  random?: () => number;
  /** Web Locks; `null` disables cross-tab locking (tests, old browsers). */
  locks?: LockManager | null;
  batchSize?: number;
  pullLimit?: number;
  photoChunkSize?: number;
  log?: (message: string) => void;
  /** Set by the app to report what is waiting on the phone (docs/sync-protocol.md); off in tests. */
  device?: DeviceInfo;
}

export interface SyncEngine {
  syncOnce(): Promise<SyncReport>;
  start(): void;
  stop(): void;
  /** Calls the listener now and on every status change; returns the unsubscribe function. */
  subscribe(listener: (status: SyncStatus) => void): () => void;
  /** Photo bytes still on their way; same contract as `subscribe`. */
  subscribePhotos(listener: (progress: PhotoProgress) => void): () => void;
}

const LOCK_NAME = 'qc-sync';

export const createSyncEngine = (options: SyncEngineOptions): SyncEngine => {
  const { db, now, random = Math.random, log = () => {} } = options;
  const locks = options.locks === undefined ? (globalThis.navigator?.locks ?? null) : options.locks;
  const api = createApi(options.fetch, options.baseUrl);
  const batch = { size: options.batchSize ?? DEFAULT_BATCH_SIZE };
  const pullLimit = options.pullLimit ?? DEFAULT_PULL_LIMIT;
  const listeners = new Set<(status: SyncStatus) => void>();
  let status: SyncStatus = INITIAL_STATUS;
  let inFlight: Promise<SyncReport> | null = null;
  let failures = 0;
  const photoListeners = new Set<(progress: PhotoProgress) => void>();
  let photoProgress = INITIAL_PHOTO_PROGRESS;
  const publishPhotos = async () => {
    photoProgress = await uploader.progress();
    for (const listener of photoListeners) listener(photoProgress);
  };
  const uploader = createPhotoUploader({
    db,
    fetch: options.fetch,
    baseUrl: options.baseUrl,
    chunkSize: options.photoChunkSize,
    now,
    log,
    onProgress: () => void publishPhotos().catch(() => {}),
  });

  const setStatus = (next: SyncStatus) => {
    status = next;
    for (const listener of listeners) listener(status);
  };

  const runUnlocked = async (): Promise<SyncReport> => {
    setStatus({ ...status, state: 'syncing' });
    try {
      const clientId = await getClientId(db);
      const device = options.device ? await readDeviceReport(db, options.device) : undefined;
      const pushed = await pushOutbox({ db, api, clientId, now, batch, log, device });
      const pulled = await pullChanges({ db, api, limit: pullLimit, log });
      const photos = await uploader.uploadPending();
      // Nothing to push means no push carried the report; send it alone, counted afresh so
      // photos sent in this round no longer show as waiting.
      if (options.device && device?.pendingMutations === 0)
        await sendDeviceReport(api, clientId, await readDeviceReport(db, options.device), log);
      failures = 0;
      setStatus({ state: 'idle', lastSuccessAt: new Date(now()).toISOString(), lastError: null });
      return { ok: true, skipped: false, ...pushed, pulled: pulled.pulled, photos, status };
    } catch (error) {
      failures += 1;
      setStatus({ ...status, ...classify(error, log) });
      return { ok: false, skipped: false, pushed: 0, rejected: 0, pulled: 0, photos: NO_PHOTOS, status };
    } finally {
      // Also after a failed run: newly captured photos show up as pending while offline.
      await publishPhotos().catch((error: unknown) => log(`photos: ${String(error)}`));
    }
  };

  const runLocked = async (): Promise<SyncReport> => {
    if (!locks) return runUnlocked();
    // ifAvailable: if another tab is syncing, this tab has nothing to add; skip.
    // The lib types nest the callback's promise; awaiting flattens it.
    return await locks.request(LOCK_NAME, { ifAvailable: true }, async (lock): Promise<SyncReport> =>
      lock
        ? runUnlocked()
        : { ok: true, skipped: true, pushed: 0, rejected: 0, pulled: 0, photos: NO_PHOTOS, status },
    );
  };

  const syncOnce = (): Promise<SyncReport> => {
    inFlight ??= runLocked().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };

  const triggers = createTriggers({ db, syncOnce, random, failures: () => failures, retryable });
  return {
    syncOnce,
    start: triggers.start,
    stop: triggers.stop,
    subscribe(listener) {
      listeners.add(listener);
      listener(status);
      return () => listeners.delete(listener);
    },
    subscribePhotos(listener) {
      photoListeners.add(listener);
      listener(photoProgress);
      return () => photoListeners.delete(listener);
    },
  };
};

const NO_PHOTOS = { uploaded: 0, failed: 0 };

/** Network trouble and server errors are retried with backoff; everything else waits for a trigger. */
const retryable = (status: SyncStatus): boolean =>
  status.state === 'offline' || (status.state === 'error' && status.lastError === 'internal');

const classify = (error: unknown, log: (message: string) => void): Omit<SyncStatus, 'lastSuccessAt'> => {
  const code = errorCodeOf(error);
  if (code === 'network') return { state: 'offline', lastError: code };
  if (error instanceof HttpError && error.status === 401) return { state: 'auth-required', lastError: code };
  if (error instanceof HttpError && error.status === 426) return { state: 'update-needed', lastError: code };
  if (!(error instanceof HttpError)) log(`sync: ${String(error)}`);
  return { state: 'error', lastError: code };
};

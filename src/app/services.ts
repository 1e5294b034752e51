/**
 * The composition root: the app's one database, API client, sync engine and status store.
 * Everything below receives these as arguments or via context; only this file creates them.
 */
import { openQcDb } from '../db/db';
import { createSyncEngine } from '../sync/engine';
import { createApi, type FetchFn } from '../sync/http';
import { createPhotoProgressStore, createSyncStatusStore } from '../sync/status-store';
import { version } from '../../package.json';

// Bound so a later polyfill or test stub of window.fetch is still honoured.
const browserFetch: FetchFn = (input, init) => globalThis.fetch(input, init);

export const db = openQcDb();
export const api = createApi(browserFetch);
export const syncEngine = createSyncEngine({
  db,
  fetch: browserFetch,
  now: Date.now,
  log: (message) => console.info(`[sync] ${message}`),
  device: { appVersion: version, userAgent: globalThis.navigator?.userAgent },
});
export const useSyncStatus = createSyncStatusStore(syncEngine);
export const usePhotoProgress = createPhotoProgressStore(syncEngine);

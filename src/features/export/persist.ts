/**
 * Asks once for persistent storage (SYNC.md "platform hygiene"): the phone holds unsynced work
 * that the browser must not evict under storage pressure. Asked after sign-in rather than at
 * start-up because browsers grant it more readily to an engaged, signed-in user, and once only
 * because a refused prompt repeated on every start is noise; the sync screen has a button to ask
 * again. This is the app's only automatic request.
 */
const ASKED_KEY = 'qc-persist-asked';

export const ensurePersistentStorage = async (): Promise<void> => {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist || !storage.persisted) return;
  if (await storage.persisted()) return;
  if (globalThis.localStorage?.getItem(ASKED_KEY)) return;
  globalThis.localStorage?.setItem(ASKED_KEY, new Date().toISOString());
  await storage.persist();
};

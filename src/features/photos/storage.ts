/** What the Photos tab says about the phone's storage (SYNC.md: ask for persistence, show usage). */

export interface StorageInfo {
  usage: number;
  quota: number;
  persisted: boolean;
}

/** null when the browser has no StorageManager (old Safari, insecure context). */
export const readStorage = async (): Promise<StorageInfo | null> => {
  const storage = globalThis.navigator?.storage;
  if (!storage?.estimate) return null;
  const [estimate, persisted] = await Promise.all([
    storage.estimate(),
    storage.persisted ? storage.persisted() : Promise.resolve(false),
  ]);
  return { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, persisted };
};

/** Asks the browser not to evict this origin's data; returns whether it now is protected. */
export const requestPersistence = async (): Promise<boolean> =>
  (await globalThis.navigator?.storage?.persist?.()) ?? false;

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** 1536 → "1.5 KB"; one decimal below 10 units, none above (a phone screen has no room). */
export const formatBytes = (bytes: number): string => {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
};

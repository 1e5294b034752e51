/** "Full jitter" exponential backoff: spreads retries of many phones regaining signal at once. */
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 5 * 60_000;

export const backoffDelay = (attempt: number, random: () => number): number => {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempt, 20));
  return Math.max(250, Math.floor(random() * ceiling));
};

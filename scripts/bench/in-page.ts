/**
 * Timers that run inside the app's page (passed to page.evaluate, so self-contained). They
 * measure what the inspector waits for: from an action until the DOM shows its result.
 */

/** Navigates to a hash route and resolves with the ms until `selector` has `text`. */
export function timeRouteUntilText(input: { hash: string; selector: string; text: string }): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    location.hash = input.hash;
    const deadline = started + 20_000;
    const check = () => {
      const element = document.querySelector(input.selector);
      if (element && element.textContent?.trim() === input.text) resolve(performance.now() - started);
      else if (performance.now() > deadline) reject(new Error(`timed out waiting for ${input.selector}`));
      else requestAnimationFrame(check);
    };
    check();
  });
}

/**
 * Init-script source: records in `window.__firstSeen` the ms from navigation start until an
 * element matching `selector` first appears (a cold open after a reload).
 */
export const recordFirstAppearance = (selector: string): string => `
  new MutationObserver((_, observer) => {
    if (document.querySelector(${JSON.stringify(selector)})) {
      window.__firstSeen = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

/**
 * Types `count` readings on the measurement keypad: each key press is timed until the entry
 * display changes, and each "next" until the entry is cleared (the reading is stored and the
 * cursor moved). Returns both series.
 */
export async function timeKeypadEntry(count: number): Promise<{ keys: number[]; commits: number[] }> {
  const entry = () => document.querySelector('[data-testid="measure-entry"]')?.textContent ?? '';
  const press = (key: string) =>
    (document.querySelector(`[data-testid="keypad-${key}"]`) as HTMLElement | null)?.click();
  const waitFor = (predicate: () => boolean): Promise<void> =>
    new Promise((resolve, reject) => {
      const deadline = performance.now() + 5_000;
      const check = () => {
        if (predicate()) resolve();
        else if (performance.now() > deadline) reject(new Error('keypad did not react'));
        else requestAnimationFrame(check);
      };
      check();
    });
  const keys: number[] = [];
  const commits: number[] = [];
  for (let i = 0; i < count; i++) {
    for (const key of ['5', '0', 'dot', '5']) {
      const before = entry();
      const started = performance.now();
      press(key);
      await waitFor(() => entry() !== before);
      keys.push(performance.now() - started);
    }
    const before = entry();
    const started = performance.now();
    press('next');
    await waitFor(() => entry() !== before);
    commits.push(performance.now() - started);
  }
  return { keys, commits };
}

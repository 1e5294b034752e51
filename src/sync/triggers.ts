/**
 * When to sync: on start, on `online`, when the tab becomes visible, every 30 s, shortly
 * after a local write (watched through the outbox, so every writer is covered), and on an
 * exponential backoff after network or server failures. Background Sync is not relied on.
 */
import { liveQuery, type Subscription } from 'dexie';
import type { QcDb } from '../db/db';
import { backoffDelay } from './backoff';
import type { SyncReport, SyncStatus } from './status';

const INTERVAL_MS = 30_000;
const AFTER_WRITE_DELAY_MS = 300;

export interface TriggerDeps {
  db: QcDb;
  syncOnce: () => Promise<SyncReport>;
  random: () => number;
  failures: () => number;
  retryable: (status: SyncStatus) => boolean;
}

export const createTriggers = ({ db, syncOnce, random, failures, retryable: shouldRetry }: TriggerDeps) => {
  let interval: ReturnType<typeof setInterval> | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let afterWrite: ReturnType<typeof setTimeout> | null = null;
  let outboxWatch: Subscription | null = null;
  let started = false;

  const run = () => {
    if (!started) return;
    if (retry) clearTimeout(retry);
    retry = null;
    void syncOnce().then((report) => {
      if (started && !report.ok && shouldRetry(report.status)) {
        retry = setTimeout(run, backoffDelay(failures() - 1, random));
      }
    });
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') run();
  };
  // The timer does not cut a backoff short; user-visible events (online, visible, writes) do.
  const onTick = () => {
    if (!retry) run();
  };

  return {
    start() {
      if (started) return;
      started = true;
      globalThis.addEventListener?.('online', run);
      globalThis.document?.addEventListener('visibilitychange', onVisible);
      interval = setInterval(onTick, INTERVAL_MS);
      let lastCount = -1;
      outboxWatch = liveQuery(() => db.outbox.count()).subscribe((count) => {
        if (count > lastCount && lastCount !== -1) {
          if (afterWrite) clearTimeout(afterWrite);
          afterWrite = setTimeout(run, AFTER_WRITE_DELAY_MS);
        }
        lastCount = count;
      });
      run();
    },
    stop() {
      started = false;
      globalThis.removeEventListener?.('online', run);
      globalThis.document?.removeEventListener('visibilitychange', onVisible);
      for (const timer of [retry, afterWrite]) if (timer) clearTimeout(timer);
      if (interval) clearInterval(interval);
      outboxWatch?.unsubscribe();
      interval = retry = afterWrite = outboxWatch = null;
    },
  };
};

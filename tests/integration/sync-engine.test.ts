import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QcDb } from '../../src/db/db';
import { createSyncEngine } from '../../src/sync/engine';
import { emptyPull, scriptedFetch } from './fake-fetch';
import { freshDb } from './fixtures';

let db: QcDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

/** A LockManager stand-in that reports the lock as held by another tab. */
const lockHeldElsewhere = {
  request: (_name: string, _options: LockOptions, callback: (lock: Lock | null) => unknown) =>
    Promise.resolve(callback(null)),
} as unknown as LockManager;

describe('sync engine runs', () => {
  it('skips the run when another tab holds the sync lock', async () => {
    const fake = scriptedFetch({ pull: () => emptyPull() });
    const engine = createSyncEngine({ db, fetch: fake.fetch, now: Date.now, locks: lockHeldElsewhere });
    const report = await engine.syncOnce();
    expect(report).toMatchObject({ ok: true, skipped: true });
    expect(fake.sent).toHaveLength(0);
  });

  it('coalesces overlapping calls into one run and records the success time', async () => {
    const fake = scriptedFetch({ pull: () => emptyPull() });
    const engine = createSyncEngine({
      db,
      fetch: fake.fetch,
      now: () => Date.UTC(2026, 10, 20, 9),
      locks: null,
    });
    const [a, b] = await Promise.all([engine.syncOnce(), engine.syncOnce()]);
    expect(a).toBe(b);
    expect(fake.sent).toHaveLength(1);
    expect(a.status).toEqual({ state: 'idle', lastSuccessAt: '2026-11-20T09:00:00.000Z', lastError: null });
  });

  it('two engines on two databases keep separate state', async () => {
    const other = freshDb();
    const failing = createSyncEngine({
      db: other,
      fetch: async () => {
        throw new TypeError('offline');
      },
      now: Date.now,
      locks: null,
    });
    const working = createSyncEngine({
      db,
      fetch: scriptedFetch({ pull: () => emptyPull() }).fetch,
      now: Date.now,
      locks: null,
    });
    expect((await failing.syncOnce()).status.state).toBe('offline');
    expect((await working.syncOnce()).status.state).toBe('idle');
    await other.delete();
  });
});

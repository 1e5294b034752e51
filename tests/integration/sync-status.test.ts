import { describe, expect, it } from 'vitest';
import { backoffDelay, BACKOFF_CAP_MS } from '../../src/sync/backoff';
import { INITIAL_STATUS, syncBadge } from '../../src/sync/status';

describe('sync status for the header', () => {
  it('shows synced with an empty outbox, saved-local offline and pending online', () => {
    expect(syncBadge(INITIAL_STATUS, 0)).toBe('synced');
    expect(syncBadge({ ...INITIAL_STATUS, state: 'offline', lastError: 'network' }, 3)).toBe('saved-local');
    expect(syncBadge({ ...INITIAL_STATUS, state: 'syncing' }, 3)).toBe('pending');
  });

  it('shows error when the session expired or the app is outdated, even with nothing queued', () => {
    expect(syncBadge({ ...INITIAL_STATUS, state: 'auth-required', lastError: 'auth-required' }, 0)).toBe(
      'error',
    );
    expect(syncBadge({ ...INITIAL_STATUS, state: 'update-needed', lastError: 'protocol-outdated' }, 2)).toBe(
      'error',
    );
  });

  it('backs off exponentially with jitter, up to a cap', () => {
    expect(backoffDelay(0, () => 0.999)).toBeLessThanOrEqual(1000);
    expect(backoffDelay(3, () => 0.999)).toBeGreaterThan(7000);
    expect(backoffDelay(30, () => 1)).toBe(BACKOFF_CAP_MS);
    expect(backoffDelay(5, () => 0)).toBe(250);
  });
});

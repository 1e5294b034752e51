import { expect } from 'vitest';
import { PullResponse, type Change } from '../../src/shared/sync-protocol';
import type { Harness } from './harness';
import { getJson } from './http';

/** Pulls page by page from `from` until hasMore is false, as the client's sync loop does. */
export async function pullAll(h: Harness, cookie: string, limit: number, from = 0) {
  const changes: Change[] = [];
  let cursor = from;
  for (let pages = 1; pages < 10_000; pages++) {
    const res = await getJson(h.app, cookie, `/api/sync/pull?cursor=${cursor}&limit=${limit}`);
    const page = PullResponse.parse(res.body);
    expect(page.changes.length).toBeLessThanOrEqual(limit);
    changes.push(...page.changes);
    cursor = page.cursor;
    if (!page.hasMore) return { changes, cursor, pages };
  }
  throw new Error('pull never terminated');
}

/** What a device holds after applying `changes` in order: the newest record per entity id. */
export function pulledRecords(
  changes: Change[],
  entity: Change['entity'],
): Map<string, Record<string, unknown>> {
  const records = new Map<string, Record<string, unknown>>();
  for (const change of changes) if (change.entity === entity) records.set(change.id, change.data);
  return records;
}

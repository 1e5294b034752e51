import { z } from 'zod';
import type { User } from '../../src/shared/schema/user';
import { MAX_PULL_LIMIT, type PullResponse } from '../../src/shared/sync-protocol';
import { maxCursor } from '../db/change-log';
import type { Database } from '../db/open';
import { scopedChanges } from '../db/pull-query';
import { pullScopeOf } from './scope';

/**
 * Paged pull of the change log in the user's scope. The newest cursor is read first and the
 * page is limited to cursors at or below it: because writers hold the change-log lock
 * (db/write-transaction.ts), every cursor up to that one is committed, so when no in-scope row
 * is left the client may jump straight to it — past rows filtered out by scope — without ever
 * skipping a row that commits later.
 */
const PullQuery = z.object({
  cursor: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce
    .number()
    .int()
    .positive()
    .default(500)
    .transform((n) => Math.min(n, MAX_PULL_LIMIT)),
});

export async function pull(database: Database, user: User, query: unknown): Promise<PullResponse> {
  const { cursor, limit } = PullQuery.parse(query);
  const newest = await maxCursor(database.db);
  // A cursor from a different (restored or rebuilt) database: start over rather than miss data.
  if (cursor > newest) return { changes: [], cursor: 0, hasMore: false, reset: true };

  const rows = await scopedChanges(database.db, pullScopeOf(user), cursor, newest, limit + 1);
  const hasMore = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    changes: page.map((row) => ({
      cursor: row.cursor,
      entity: row.entity,
      id: row.id,
      data: JSON.parse(row.data) as Record<string, unknown>,
    })),
    cursor: hasMore && last ? last.cursor : newest,
    hasMore,
    reset: false,
  };
}

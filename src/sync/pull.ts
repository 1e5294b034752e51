/**
 * Pulls server changes page by page. Owns the rule that a page's records and its new
 * cursor are written in ONE transaction, after the fetch: the cursor never moves past
 * data that is not stored, and no network await happens inside the transaction.
 */
import type { QcDb } from '../db/db';
import { getPullCursor, setPullCursor } from '../db/meta';
import { clearPulledData, pendingRecordIds, PULLED, pulledTables } from '../db/pulled';
import { PullResponse } from '../shared/sync-protocol';
import { InvalidResponseError, type Api } from './http';

export const DEFAULT_PULL_LIMIT = 500;

export interface PullContext {
  db: QcDb;
  api: Api;
  limit: number;
  log: (message: string) => void;
}

export interface PullTally {
  pulled: number;
  invalid: number;
  resets: number;
}

export const pullChanges = async (ctx: PullContext): Promise<PullTally> => {
  const { db, api } = ctx;
  const tally: PullTally = { pulled: 0, invalid: 0, resets: 0 };
  const tables = [...pulledTables(db), db.outbox, db.meta];
  let cursor = await getPullCursor(db);
  for (;;) {
    const parsed = PullResponse.safeParse(
      await api.get(`/api/sync/pull?cursor=${cursor}&limit=${ctx.limit}`),
    );
    if (!parsed.success) throw new InvalidResponseError('pull response does not match the protocol');
    const page = parsed.data;
    if (page.reset) {
      // A second reset in one run means the server cannot serve us: stop rather than spin.
      if (tally.resets > 0) throw new InvalidResponseError('pull reset twice');
      tally.resets += 1;
      ctx.log(`pull: cursor ${cursor} reset by server`);
      await db.transaction('rw', tables, () => clearPulledData(db));
      cursor = 0;
      continue;
    }
    const invalid = await db.transaction('rw', tables, async () => {
      // Records with mutations still queued keep their local version; the server emits a
      // newer change for them once those mutations are applied.
      const pending = await pendingRecordIds(db);
      let bad = 0;
      for (const change of page.changes) {
        const { table, schema } = PULLED[change.entity];
        const record = schema.safeParse(change.data);
        if (!record.success) {
          bad += 1;
          continue;
        }
        if (!pending.has(record.data.id)) await db.table(table).put(record.data);
      }
      await setPullCursor(db, page.cursor);
      return bad;
    });
    if (invalid > 0) ctx.log(`pull: skipped ${invalid} records that do not match the schema`);
    tally.invalid += invalid;
    tally.pulled += page.changes.length;
    if (!page.hasMore) return tally;
    if (page.cursor <= cursor) throw new InvalidResponseError('pull hasMore without advancing the cursor');
    cursor = page.cursor;
  }
};

/**
 * Pushes the outbox in seq order. Owns the rule that an outbox entry leaves the outbox
 * only when the server has answered for its seq — and a rejected or conflicting one moves
 * to `rejected` in the same transaction, so it is shown to the user rather than lost.
 */
import type { OutboxEntry, QcDb } from '../db/db';
import {
  PROTOCOL_VERSION,
  PushResponse,
  type DeviceReport,
  type Mutation,
  type MutationResult,
} from '../shared/sync-protocol';
import { HttpError, InvalidResponseError, type Api } from './http';

export const DEFAULT_BATCH_SIZE = 200;

export interface PushContext {
  db: QcDb;
  api: Api;
  clientId: string;
  now: () => number;
  /** Shrinks on 413 and stays shrunk for the engine's life: the server told us its limit. */
  batch: { size: number };
  log: (message: string) => void;
  /** What was waiting when this round started; rides along on every batch of the round. */
  device?: DeviceReport;
}

export interface PushTally {
  pushed: number;
  rejected: number;
}

const toWire = ({ seq, name, args }: OutboxEntry): Mutation => ({ seq, name, args }) as Mutation;

export const pushOutbox = async (ctx: PushContext): Promise<PushTally> => {
  const { db, api } = ctx;
  const tally: PushTally = { pushed: 0, rejected: 0 };
  for (;;) {
    const entries = await db.outbox.orderBy('seq').limit(ctx.batch.size).toArray();
    if (entries.length === 0) return tally;
    let response: PushResponse;
    try {
      const body = await api.post('/api/sync/push', {
        protocolVersion: PROTOCOL_VERSION,
        clientId: ctx.clientId,
        mutations: entries.map(toWire),
        ...(ctx.device ? { device: ctx.device } : {}),
      });
      const parsed = PushResponse.safeParse(body);
      if (!parsed.success) throw new InvalidResponseError('push response does not match the protocol');
      response = parsed.data;
    } catch (error) {
      if (error instanceof HttpError && error.status === 413 && entries.length > 1) {
        ctx.batch.size = Math.max(1, Math.floor(entries.length / 2));
        ctx.log(`push: 413, batch size now ${ctx.batch.size}`);
        continue;
      }
      if (error instanceof HttpError && error.code === 'sequence-gap') {
        await skipToExpectedSeq(ctx, error.details);
        continue;
      }
      throw error;
    }
    const settled = await applyResults(ctx, entries, response.results);
    if (settled.pushed + settled.rejected === 0) {
      throw new InvalidResponseError('push answered none of the sent mutations');
    }
    tally.pushed += settled.pushed;
    tally.rejected += settled.rejected;
  }
};

const applyResults = (ctx: PushContext, sent: OutboxEntry[], results: MutationResult[]) =>
  ctx.db.transaction('rw', ctx.db.outbox, ctx.db.rejected, async () => {
    const bySeq = new Map(sent.map((entry) => [entry.seq, entry]));
    const tally: PushTally = { pushed: 0, rejected: 0 };
    const at = new Date(ctx.now()).toISOString();
    for (const result of results) {
      const entry = bySeq.get(result.seq);
      if (!entry) continue;
      bySeq.delete(result.seq);
      // A replay of a seq the server refused earlier answers `duplicate` WITH the original
      // code (the first answer was lost): it is still a rejection the user must see.
      const refused = result.status === 'duplicate' && result.code ? 'rejected' : result.status;
      if (refused === 'rejected' || refused === 'conflict') {
        await ctx.db.rejected.put({ ...toWire(entry), code: result.code ?? null, status: refused, at });
        tally.rejected += 1;
      } else {
        tally.pushed += 1;
      }
      await ctx.db.outbox.delete(result.seq);
    }
    return tally;
  });

/**
 * 409 sequence-gap: the server already holds everything below `expectedSeq` (e.g. a lost
 * response), so those entries are dropped and the push resumes at `expectedSeq`. If this
 * device no longer has `expectedSeq` itself, the gap cannot be filled: stop, keep the data.
 */
const skipToExpectedSeq = async (ctx: PushContext, details: unknown): Promise<void> => {
  const expectedSeq =
    typeof details === 'object' && details !== null && 'expectedSeq' in details ? details.expectedSeq : null;
  if (typeof expectedSeq !== 'number') throw new InvalidResponseError('sequence-gap without expectedSeq');
  ctx.log(`push: sequence gap, server expects ${expectedSeq}`);
  const { dropped, first } = await ctx.db.transaction('rw', ctx.db.outbox, async () => ({
    dropped: await ctx.db.outbox.where('seq').below(expectedSeq).delete(),
    first: await ctx.db.outbox.orderBy('seq').first(),
  }));
  // Nothing dropped means re-sending would get the same answer: stop instead of looping.
  if (dropped === 0 || (first && first.seq !== expectedSeq)) {
    throw new HttpError(409, 'sequence-gap', { expectedSeq });
  }
};

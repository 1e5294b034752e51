import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QcDb } from '../../src/db/db';
import { addDefect } from '../../src/db/repositories/defects';
import { createSyncEngine } from '../../src/sync/engine';
import { apiError, emptyPull, json, scriptedFetch, seqsOf, type SentRequest } from './fake-fetch';
import { freshDb, newTestId } from './fixtures';

let db: QcDb;
const inspectionId = newTestId();

const queue = async (count: number) => {
  for (let i = 0; i < count; i += 1)
    await addDefect(db, { inspectionId, code: 'FAB-001', severity: 'minor' });
};

const engineWith = (push: (request: SentRequest) => Response) => {
  const fake = scriptedFetch({ push, pull: () => emptyPull() });
  const engine = createSyncEngine({ db, fetch: fake.fetch, now: () => Date.UTC(2026, 10, 20), locks: null });
  return { engine, sent: fake.sent };
};

/** Answers every mutation of a push with the given status. */
const answerAll = (status: 'applied' | 'duplicate') => (request: SentRequest) =>
  json(200, {
    results: seqsOf(request).map((seq) => ({ seq, status })),
    lastSeq: Math.max(...seqsOf(request)),
  });

beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

describe('sync engine push', () => {
  it('sends the outbox in seq order with credentials and clears applied and duplicate entries', async () => {
    await queue(3);
    let call = 0;
    const { engine, sent } = engineWith((request) =>
      call++ === 0
        ? json(200, {
            results: [
              { seq: 1, status: 'applied' },
              { seq: 2, status: 'duplicate' },
              { seq: 3, status: 'applied' },
            ],
            lastSeq: 3,
          })
        : answerAll('applied')(request),
    );
    const report = await engine.syncOnce();
    expect(report).toMatchObject({ ok: true, pushed: 3, rejected: 0 });
    expect(seqsOf(sent[0]!)).toEqual([1, 2, 3]);
    expect(sent[0]).toMatchObject({ method: 'POST', credentials: 'include' });
    expect(await db.outbox.count()).toBe(0);
  });

  it('moves rejected and conflicting mutations to the rejected table instead of dropping them', async () => {
    await queue(3);
    const { engine } = engineWith(() =>
      json(200, {
        results: [
          { seq: 1, status: 'applied' },
          { seq: 2, status: 'rejected', code: 'unknown-inspection' },
          { seq: 3, status: 'conflict', code: 'inspection-locked' },
        ],
        lastSeq: 3,
      }),
    );
    const report = await engine.syncOnce();
    expect(report).toMatchObject({ ok: true, pushed: 1, rejected: 2 });
    expect(await db.outbox.count()).toBe(0);
    const rejected = await db.rejected.orderBy('seq').toArray();
    expect(rejected.map((r) => [r.seq, r.status, r.code, r.name])).toEqual([
      [2, 'rejected', 'unknown-inspection', 'defect.add'],
      [3, 'conflict', 'inspection-locked', 'defect.add'],
    ]);
  });

  it('sends at most 200 mutations per push', async () => {
    await queue(450);
    const { engine, sent } = engineWith(answerAll('applied'));
    await engine.syncOnce();
    expect(sent.filter((r) => r.method === 'POST').map((r) => seqsOf(r).length)).toEqual([200, 200, 50]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('halves the batch on 413 until the server accepts it, and keeps the smaller size', async () => {
    await queue(10);
    const { engine, sent } = engineWith((request) =>
      seqsOf(request).length > 3 ? apiError(413, 'batch-too-large') : answerAll('applied')(request),
    );
    const report = await engine.syncOnce();
    expect(report.ok).toBe(true);
    const sizes = sent.filter((r) => r.method === 'POST').map((r) => seqsOf(r).length);
    expect(sizes).toEqual([10, 5, 2, 2, 2, 2, 2]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('on 401 keeps the whole outbox and reports auth-required', async () => {
    await queue(4);
    const before = await db.outbox.toArray();
    const { engine } = engineWith(() => apiError(401, 'auth-required'));
    const report = await engine.syncOnce();
    expect(report.ok).toBe(false);
    expect(report.status).toMatchObject({ state: 'auth-required', lastError: 'auth-required' });
    expect(await db.outbox.toArray()).toEqual(before);
  });

  it('on 426 reports update-needed and keeps the data', async () => {
    await queue(2);
    const { engine } = engineWith(() => apiError(426, 'protocol-outdated'));
    const statuses: string[] = [];
    engine.subscribe((status) => statuses.push(status.state));
    await engine.syncOnce();
    expect(statuses).toEqual(['idle', 'syncing', 'update-needed']);
    expect(await db.outbox.count()).toBe(2);
    expect(await db.defects.count()).toBe(2);
  });

  it('on a sequence gap drops entries the server already has and resends from expectedSeq', async () => {
    await queue(5);
    let call = 0;
    const { engine, sent } = engineWith((request) =>
      call++ === 0 ? apiError(409, 'sequence-gap', { expectedSeq: 3 }) : answerAll('applied')(request),
    );
    const report = await engine.syncOnce();
    expect(report.ok).toBe(true);
    expect(sent.filter((r) => r.method === 'POST').map(seqsOf)).toEqual([
      [1, 2, 3, 4, 5],
      [3, 4, 5],
    ]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('stops with an error, keeping the outbox, when the gap cannot be filled from this device', async () => {
    await queue(3);
    await db.outbox.delete(1);
    const { engine } = engineWith(() => apiError(409, 'sequence-gap', { expectedSeq: 1 }));
    const report = await engine.syncOnce();
    expect(report.status).toMatchObject({ state: 'error', lastError: 'sequence-gap' });
    expect(await db.outbox.count()).toBe(2);
  });

  it('a network failure leaves everything queued and reports offline', async () => {
    await queue(2);
    const { engine } = engineWith(() => {
      throw new TypeError('Failed to fetch');
    });
    const report = await engine.syncOnce();
    expect(report.status).toMatchObject({ state: 'offline', lastError: 'network' });
    expect(await db.outbox.count()).toBe(2);
  });
});

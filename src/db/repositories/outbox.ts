/**
 * The one place that writes a record and its outbox entry. Owns the invariant that every
 * local write is ONE Dexie rw transaction over [record table, outbox, meta]: the record,
 * the gap-free seq and the outbox entry commit together or not at all. Nothing but
 * IndexedDB work may be awaited inside (a network await would auto-commit the transaction).
 */
import type { Table } from 'dexie';
import type { Mutation } from '../../shared/sync-protocol';
import type { OutboxEntry, QcDb } from '../db';
import { takeNextSeq } from '../meta';

/** A mutation before it has a seq: the seq is allocated inside the transaction. */
export type PendingMutation = Mutation extends infer M
  ? M extends Mutation
    ? Omit<M, 'seq'>
    : never
  : never;

export interface WriteClock {
  /** Wall-clock time for createdAt fields; injected so tests are deterministic. */
  now: () => Date;
}

export const systemClock: WriteClock = { now: () => new Date() };

export const commitWithOutbox = <T>(
  db: QcDb,
  table: Table<T, string>,
  record: T,
  mutation: PendingMutation,
  clock: WriteClock,
): Promise<number> =>
  db.transaction('rw', [table, db.outbox, db.meta], async () => {
    await table.put(record);
    const seq = await takeNextSeq(db);
    // The spread of a union member plus seq is a Mutation; TS cannot see through Omit<union>.
    const entry = { ...mutation, seq, createdAt: clock.now().toISOString() } as OutboxEntry;
    await db.outbox.add(entry);
    return seq;
  });

/**
 * Several records and their outbox entries in ONE transaction, seqs consecutive in the given
 * order. commitWithOutbox's rule holds here too: only IndexedDB work is awaited inside.
 */
export const commitManyWithOutbox = <T>(
  db: QcDb,
  table: Table<T, string>,
  writes: ReadonlyArray<{ record: T; mutation: PendingMutation }>,
  clock: WriteClock,
): Promise<number[]> =>
  db.transaction('rw', [table, db.outbox, db.meta], async () => {
    const seqs: number[] = [];
    for (const { record, mutation } of writes) {
      await table.put(record);
      const seq = await takeNextSeq(db);
      await db.outbox.add({ ...mutation, seq, createdAt: clock.now().toISOString() } as OutboxEntry);
      seqs.push(seq);
    }
    return seqs;
  });

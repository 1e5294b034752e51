/**
 * Typed access to the `meta` key-value table. The keys are few and fixed; each has one
 * reader and one writer here so their shapes cannot drift.
 */
import { User } from '../shared/schema';
import type { QcDb } from './db';
import { newId } from './ids';

export const META = {
  clientId: 'clientId',
  nextSeq: 'nextSeq',
  pullCursor: 'pullCursor',
  session: 'session',
  /** Which user the pulled tables belong to: a different login starts a fresh pull. */
  pulledFor: 'pulledFor',
} as const;

const getNumber = async (db: QcDb, key: string, fallback: number): Promise<number> => {
  const row = await db.meta.get(key);
  return typeof row?.value === 'number' ? row.value : fallback;
};

/** The installation's id, made once and kept for the life of the database. */
export const getClientId = (db: QcDb): Promise<string> =>
  db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(META.clientId);
    if (typeof row?.value === 'string') return row.value;
    const id = newId();
    await db.meta.put({ key: META.clientId, value: id });
    return id;
  });

/**
 * Takes the next outbox seq. Must run inside the caller's rw transaction over `meta` and
 * `outbox`, so the seq is consumed only if the outbox entry commits too (gap-free).
 */
export const takeNextSeq = async (db: QcDb): Promise<number> => {
  const seq = await getNumber(db, META.nextSeq, 1);
  await db.meta.put({ key: META.nextSeq, value: seq + 1 });
  return seq;
};

export const getPullCursor = (db: QcDb): Promise<number> => getNumber(db, META.pullCursor, 0);

export const setPullCursor = (db: QcDb, cursor: number): Promise<string> =>
  db.meta.put({ key: META.pullCursor, value: cursor });

/** The signed-in user, kept locally so the app opens offline after a reload. */
export const getSessionUser = async (db: QcDb): Promise<User | null> => {
  const row = await db.meta.get(META.session);
  const parsed = User.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
};

export const setSessionUser = (db: QcDb, user: User | null): Promise<unknown> =>
  user ? db.meta.put({ key: META.session, value: user }) : db.meta.delete(META.session);

/** What the outbox holds, for the sync screen: how many changes and since when. */
import type { QcDb } from '../../db/db';

export interface OutboxSummary {
  count: number;
  oldestAt: string | null;
}

export const readOutboxSummary = async (db: QcDb): Promise<OutboxSummary> => {
  const [count, first] = await Promise.all([db.outbox.count(), db.outbox.orderBy('seq').first()]);
  return { count, oldestAt: first?.createdAt ?? null };
};

export type Age = { unit: 'minutes' | 'hours' | 'days'; n: number };

/** "12 min", "3 h", "2 d": coarse on purpose; a clock set wrong on the phone reads as 0 min. */
export const ageOf = (fromIso: string, now: number): Age => {
  const minutes = Math.max(0, Math.floor((now - Date.parse(fromIso)) / 60_000));
  if (minutes < 60) return { unit: 'minutes', n: minutes };
  if (minutes < 48 * 60) return { unit: 'hours', n: Math.floor(minutes / 60) };
  return { unit: 'days', n: Math.floor(minutes / (24 * 60)) };
};

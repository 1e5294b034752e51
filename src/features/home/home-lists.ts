/**
 * What the start screen lists besides the orders: the signed-in inspector's inspections still in
 * progress (to resume) and the ones they submitted recently. Reads only this phone.
 * Seam: office assignments (a later issue) will be a third list computed here, so the screen
 * keeps reading ONE query.
 */
import type { QcDb } from '../../db/db';
import type { Inspection } from '../../shared/schema';

export const RECENT_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface HomeLists {
  /** Mine, status in_progress, most recently started first. */
  inProgress: Inspection[];
  /** Mine, submitted within RECENT_DAYS of `now`, most recently submitted first. */
  recent: Inspection[];
}

export const homeLists = async (db: QcDb, inspectorId: string, now: Date): Promise<HomeLists> => {
  const mine = (status: Inspection['status']) =>
    db.inspections
      .where('status')
      .equals(status)
      .filter((i) => i.inspectorId === inspectorId)
      .toArray();
  const [open, submitted] = await Promise.all([mine('in_progress'), mine('submitted')]);
  const since = new Date(now.getTime() - RECENT_DAYS * DAY_MS).toISOString();
  return {
    inProgress: open.sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id)),
    recent: submitted
      .filter((i) => i.submittedAt !== null && i.submittedAt >= since)
      .sort((a, b) => (b.submittedAt ?? '').localeCompare(a.submittedAt ?? '') || b.id.localeCompare(a.id)),
  };
};

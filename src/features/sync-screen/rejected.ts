/**
 * What the user can do about a mutation the server refused. Owns one rule: discarding removes
 * only the entry from the rejected list — the local record stays exactly as it is (the user
 * accepts the server's refusal; nothing is rolled back or re-queued).
 */
import type { QcDb } from '../../db/db';
import type { MutationErrorCode } from '../../shared/errors';

/**
 * - `contact-office`: the refusal is about rights or state the phone cannot change (a locked
 *   inspection, another inspector's order, a record the server does not know).
 * - `keep-copy`: the data itself is at fault (an id clash, an invalid record); a copy lets the
 *   office re-enter it.
 */
export type RejectedFix = 'contact-office' | 'keep-copy';

export const fixFor = (code: MutationErrorCode | null): RejectedFix => {
  switch (code) {
    case 'id-conflict':
    case 'invalid-mutation':
    case 'replay-mismatch':
      return 'keep-copy';
    default:
      // inspection-locked, forbidden, unknown-*, and a refusal without a code.
      return 'contact-office';
  }
};

export const discardRejected = (db: QcDb, seq: number): Promise<void> => db.rejected.delete(seq);

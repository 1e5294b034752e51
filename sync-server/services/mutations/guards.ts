import type { Inspection } from '../../../src/shared/schema/inspection';
import type { User } from '../../../src/shared/schema/user';
import type { ChangeScope } from '../../db/change-log';
import { findInspectionState, type InspectionState } from '../../db/inspection-header';
import { readOfficeState } from '../../db/office-state';
import type { Tx } from '../../db/write-transaction';
import { APPROVED } from '../office-flags';
import { reject, type Outcome } from './outcome';

/**
 * Owns "only its inspector writes to an inspection, and nobody after submit". Every header
 * edit and every piece of evidence passes one of these two checks first.
 */
export type Target = { state: InspectionState } | { refusal: Outcome };

export async function ownInspection(trx: Tx, user: User, inspectionId: string): Promise<Target> {
  const state = await findInspectionState(trx, inspectionId);
  if (!state) return { refusal: reject('unknown-inspection') };
  if (state.inspection.inspectorId !== user.id) return { refusal: reject('forbidden') };
  return { state };
}

/**
 * The user's own inspection, still open: the only kind evidence and header edits may change.
 * One exception: an approved report takes late evidence anyway (never lose evidence) and the
 * recompute raises `late_after_approval`, so it never changes without a flag (SYNC.md I5).
 */
export async function writableInspection(trx: Tx, user: User, inspectionId: string): Promise<Target> {
  const target = await ownInspection(trx, user, inspectionId);
  if ('state' in target && target.state.inspection.status === 'submitted') {
    const office = await readOfficeState(trx, inspectionId);
    if (!office || !APPROVED.has(office.latestDecision)) return { refusal: reject('inspection-locked') };
  }
  return target;
}

/** Evidence is logged under its inspection's factory and order so pull scope filters it. */
export const scopeOf = (inspection: Inspection): ChangeScope => ({
  factoryId: inspection.factoryId,
  orderId: inspection.orderId,
});

import type { MutationErrorCode } from '../../src/shared/errors';
import type { Defect } from '../../src/shared/schema/defect';
import type { Inspection } from '../../src/shared/schema/inspection';
import type { User } from '../../src/shared/schema/user';
import type { Mutation } from '../../src/shared/sync-protocol';
import { findDefect, findInspection, findOrder } from '../db/lookups';
import { insertDefect, insertInspection, tombstoneDefect } from '../db/records';
import type { Tx } from '../db/write-transaction';
import { sameContent } from './canonical';
import { orderInScope } from './scope';

/**
 * Validates, authorises and applies one mutation inside the push transaction. Never throws
 * for a business rule: a refusal is an outcome with a code, recorded against the client's seq
 * so the outbox keeps moving and the user can be told (SYNC.md I1).
 */
export type Outcome = { status: 'applied' } | { status: 'rejected'; code: MutationErrorCode };

const APPLIED: Outcome = { status: 'applied' };
const reject = (code: MutationErrorCode): Outcome => ({ status: 'rejected', code });

export function applyMutation(trx: Tx, user: User, mutation: Mutation): Promise<Outcome> {
  switch (mutation.name) {
    case 'inspection.start':
      return startInspection(trx, user, mutation.args);
    case 'defect.add':
      return addDefect(trx, user, mutation.args);
    case 'defect.remove':
      return removeDefect(trx, user, mutation.args);
  }
}

async function startInspection(trx: Tx, user: User, inspection: Inspection): Promise<Outcome> {
  if (user.role !== 'inspector' && user.role !== 'merchandiser') return reject('forbidden');
  if (inspection.inspectorId !== user.id) return reject('forbidden');
  const order = await findOrder(trx, inspection.orderId);
  if (!order) return reject('unknown-order');
  if (!orderInScope(user, order)) return reject('forbidden');
  if (inspection.factoryId !== order.factoryId) return reject('invalid-mutation');
  const existing = await findInspection(trx, inspection.id);
  if (existing) return sameContent(existing, inspection) ? APPLIED : reject('id-conflict');
  await insertInspection(trx, inspection);
  return APPLIED;
}

/** The inspection a piece of evidence is written to: it must be the user's own and still open. */
async function writableInspection(
  trx: Tx,
  user: User,
  inspectionId: string,
): Promise<{ inspection: Inspection } | { refusal: Outcome }> {
  const inspection = await findInspection(trx, inspectionId);
  if (!inspection) return { refusal: reject('unknown-inspection') };
  if (inspection.inspectorId !== user.id) return { refusal: reject('forbidden') };
  if (inspection.status === 'submitted') return { refusal: reject('inspection-locked') };
  return { inspection };
}

const scopeOf = (inspection: Inspection) => ({
  factoryId: inspection.factoryId,
  orderId: inspection.orderId,
});

async function addDefect(trx: Tx, user: User, defect: Defect): Promise<Outcome> {
  const target = await writableInspection(trx, user, defect.inspectionId);
  if ('refusal' in target) return target.refusal;
  const existing = await findDefect(trx, defect.id);
  if (existing) {
    // A re-sent add of a defect removed since is still the same defect: the tombstone stands.
    const same = sameContent({ ...existing, deletedAt: null }, { ...defect, deletedAt: null });
    return same ? APPLIED : reject('id-conflict');
  }
  await insertDefect(trx, defect, scopeOf(target.inspection));
  return APPLIED;
}

async function removeDefect(
  trx: Tx,
  user: User,
  args: { id: string; inspectionId: string; deletedAt: string },
): Promise<Outcome> {
  const target = await writableInspection(trx, user, args.inspectionId);
  if ('refusal' in target) return target.refusal;
  const existing = await findDefect(trx, args.id);
  // Removing a defect the server never stored (its add was rejected) leaves the wanted end
  // state, "not a live defect", already true: applied, nothing to write.
  if (!existing) return APPLIED;
  if (existing.inspectionId !== args.inspectionId) return reject('invalid-mutation');
  if (existing.deletedAt !== null) return APPLIED; // first tombstone wins; removal is idempotent
  await tombstoneDefect(trx, { ...existing, deletedAt: args.deletedAt }, scopeOf(target.inspection));
  return APPLIED;
}

import type { User } from '../../../src/shared/schema/user';
import type { RemoveArgs } from '../../../src/shared/sync-protocol';
import {
  findEvidence,
  insertEvidence,
  tombstoneEvidence,
  type EvidenceKind,
  type EvidenceRecord,
  type Removable,
} from '../../db/evidence';
import type { Tx } from '../../db/write-transaction';
import { sameContent } from '../canonical';
import { recomputeInspection } from '../verdict';
import { scopeOf, writableInspection } from './guards';
import { APPLIED, reject, type Outcome } from './outcome';

/**
 * Adding and removing append-only evidence, one path for every kind (defects, measurements,
 * checklist answers, rectifications, signatures, photos, packing checks, fabric rolls and
 * fabric defects). Two records never merge: each id is its own record, so two readings of the
 * same sample/size/POM, or two answers to one checklist item, are both kept; which one a screen
 * shows is the reader's choice (latest createdAt).
 */

// The tombstone is not content: a re-sent add of a record removed since is still that record.
const live = <T>(record: T) => ({ ...record, deletedAt: null });

/**
 * Every record this one points at is stored under the same inspection. A tombstoned target still
 * counts: the device queued the photo (or fabric defect) before removing what it points at, so
 * the add, or its replay under a new seq, must not start failing once the remove has applied.
 */
async function referencesHold<T extends EvidenceRecord>(
  trx: Tx,
  kind: EvidenceKind<T>,
  record: T,
): Promise<boolean> {
  for (const ref of kind.references?.(record) ?? []) {
    const target = await findEvidence(trx, ref.kind, ref.id);
    if (target?.inspectionId !== record.inspectionId) return false;
  }
  return true;
}

export async function addEvidence<T extends EvidenceRecord>(
  trx: Tx,
  user: User,
  kind: EvidenceKind<T>,
  record: T,
): Promise<Outcome> {
  const target = await writableInspection(trx, user, record.inspectionId);
  if ('refusal' in target) return target.refusal;
  const existing = await findEvidence(trx, kind, record.id);
  if (existing) return sameContent(live(existing), live(record)) ? APPLIED : reject('id-conflict');
  if (!(await referencesHold(trx, kind, record))) return reject('invalid-mutation');
  await insertEvidence(trx, kind, record, scopeOf(target.state.inspection));
  await recomputeInspection(trx, record.inspectionId, 'change');
  return APPLIED;
}

export async function removeEvidence<T extends Removable>(
  trx: Tx,
  user: User,
  kind: EvidenceKind<T>,
  args: RemoveArgs,
): Promise<Outcome> {
  const target = await writableInspection(trx, user, args.inspectionId);
  if ('refusal' in target) return target.refusal;
  const existing = await findEvidence(trx, kind, args.id);
  // Removing a record the server never stored (its add was rejected) leaves the wanted end
  // state, "not live", already true: applied, nothing to write.
  if (!existing) return APPLIED;
  if (existing.inspectionId !== args.inspectionId) return reject('invalid-mutation');
  if (existing.deletedAt !== null) return APPLIED; // first tombstone wins; removal is idempotent
  await tombstoneEvidence(
    trx,
    kind,
    { ...existing, deletedAt: args.deletedAt },
    scopeOf(target.state.inspection),
  );
  await recomputeInspection(trx, args.inspectionId, 'change');
  return APPLIED;
}

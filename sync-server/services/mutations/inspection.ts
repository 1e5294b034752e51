import { Inspection, type InspectionPatch } from '../../../src/shared/schema/inspection';
import type { User } from '../../../src/shared/schema/user';
import { saveInspectionHeader, type FieldClocks } from '../../db/inspection-header';
import { findInspection, findOrder } from '../../db/lookups';
import { insertInspection } from '../../db/records';
import type { Tx } from '../../db/write-transaction';
import { sameContent } from '../canonical';
import { orderInScope } from '../scope';
import { recomputeInspection } from '../verdict';
import { ownInspection, writableInspection } from './guards';
import { mergePatch } from './header-merge';
import { APPLIED, reject, type Outcome } from './outcome';

/** The inspection header's life: start (insert once), update (merge per field), submit (lock). */
export async function startInspection(trx: Tx, user: User, inspection: Inspection): Promise<Outcome> {
  if (user.role !== 'inspector' && user.role !== 'merchandiser') return reject('forbidden');
  if (inspection.inspectorId !== user.id) return reject('forbidden');
  const order = await findOrder(trx, inspection.orderId);
  if (!order) return reject('unknown-order');
  if (!orderInScope(user, order)) return reject('forbidden');
  if (inspection.factoryId !== order.factoryId) return reject('invalid-mutation');
  const existing = await findInspection(trx, inspection.id);
  if (existing) return sameContent(existing, inspection) ? APPLIED : reject('id-conflict');
  await insertInspection(trx, inspection);
  await recomputeInspection(trx, inspection.id, 'start');
  return APPLIED;
}

/** Headers stored before `planOverrideReason` joined the contract lack it; null is its meaning there. */
const validHeader = (header: Inspection) =>
  Inspection.safeParse({ ...header, planOverrideReason: header.planOverrideReason ?? null });

/**
 * Applied even when every field loses to a newer clock: the mutation was processed and there is
 * nothing the device could fix by retrying. The merged header is logged every time, winner or
 * not, so a device whose local edit lost pulls the header again and converges (SYNC.md I3) even
 * if its cursor is already past the write that beat it.
 */
export async function updateInspection(
  trx: Tx,
  user: User,
  args: { id: string; patch: InspectionPatch; hlc: string },
): Promise<Outcome> {
  const target = await writableInspection(trx, user, args.id);
  if ('refusal' in target) return target.refusal;
  const merged = mergePatch(target.state, args.patch, args.hlc);
  const header = validHeader(merged.inspection);
  if (!header.success) return reject('invalid-mutation');
  await saveInspectionHeader(trx, { inspection: header.data, clocks: merged.clocks });
  await recomputeInspection(trx, args.id, 'change');
  return APPLIED;
}

/** Submitting locks the inspection; a recommendation is what the report stands on, so it is required. */
export async function submitInspection(
  trx: Tx,
  user: User,
  args: { id: string; submittedAt: string; hlc: string },
): Promise<Outcome> {
  const target = await ownInspection(trx, user, args.id);
  if ('refusal' in target) return target.refusal;
  const { inspection, clocks } = target.state;
  // A second submit (the other device, a lost acknowledgement) finds the wanted end state; the
  // first submittedAt stands.
  if (inspection.status === 'submitted') return APPLIED;
  if (inspection.recommendation === null) return reject('invalid-mutation');
  const header = validHeader({ ...inspection, status: 'submitted', submittedAt: args.submittedAt });
  if (!header.success) return reject('invalid-mutation');
  const submittedClocks: FieldClocks = { ...clocks, status: args.hlc, submittedAt: args.hlc };
  await saveInspectionHeader(trx, { inspection: header.data, clocks: submittedClocks });
  await recomputeInspection(trx, args.id, 'status');
  return APPLIED;
}

import { randomUUID } from 'node:crypto';
import { AuditResponse, DecideRequest, ReopenRequest } from '../../src/shared/office-api';
import { Decision } from '../../src/shared/schema/decision';
import { Id } from '../../src/shared/schema/common';
import type { User } from '../../src/shared/schema/user';
import { findInspectionState, saveInspectionHeader } from '../db/inspection-header';
import { appendAudit, auditEntries, lastDecidedAt } from '../db/office-audit';
import { findInspectionRow } from '../db/office-queries';
import { decisionsOf } from '../db/office-queue';
import { saveLatestDecision } from '../db/office-state';
import type { Database } from '../db/open';
import { insertDecision } from '../db/records';
import { writeTransaction, type Tx } from '../db/write-transaction';
import { ProblemError } from '../problems';
import { scopeOf } from './mutations/guards';
import { reviewerScope } from './office-queue';
import { requireRole } from './roles';
import { recomputeInspection } from './verdict';

/**
 * Office decisions and reopens. Each is a write of its own transaction that also appends to the
 * change log (so the inspector's phone pulls it) and to the audit trail (so the office sees who).
 */
const NEEDS_COMMENT = new Set(['reject', 're_inspect']);

/** Reading: any reviewer, a merchandiser only on its own orders; out of scope looks absent. */
async function visible(database: Database, user: User, id: string): Promise<void> {
  const merchandiserId = reviewerScope(user);
  const row = Id.safeParse(id).success ? await findInspectionRow(database.db, id, merchandiserId) : undefined;
  if (!row) throw new ProblemError('not-found', 'No such inspection.');
}

async function submittedState(trx: Tx, id: string) {
  const state = Id.safeParse(id).success ? await findInspectionState(trx, id) : undefined;
  if (!state) throw new ProblemError('not-found', 'No such inspection.');
  if (state.inspection.status !== 'submitted')
    throw new ProblemError('inspection-not-submitted', 'The inspection is still in progress on the phone.');
  return state;
}

/** Strictly after the previous decision, so "newest first" and "latest" are never ambiguous. */
const decisionTime = (now: Date, last: string | null): string => {
  const at = last && Date.parse(last) >= now.getTime() ? new Date(Date.parse(last) + 1) : now;
  return at.toISOString();
};

export async function decide(database: Database, user: User, id: string, body: unknown, now: Date) {
  requireRole(user, 'office', 'admin');
  const request = DecideRequest.parse(body);
  if (NEEDS_COMMENT.has(request.decision) && request.comment === '')
    throw new ProblemError('invalid-request', `A ${request.decision} decision needs a comment saying why.`);
  const decision = await writeTransaction(database, async (trx) => {
    const { inspection } = await submittedState(trx, id);
    const record = Decision.parse({
      id: randomUUID(),
      inspectionId: inspection.id,
      decision: request.decision,
      comment: request.comment,
      decidedBy: user.id,
      decidedAt: decisionTime(now, await lastDecidedAt(trx, inspection.id)),
    });
    await insertDecision(trx, record, scopeOf(inspection));
    await saveLatestDecision(trx, inspection.id, record.decision);
    await appendAudit(trx, {
      id: randomUUID(),
      inspectionId: inspection.id,
      at: record.decidedAt,
      actorId: user.id,
      action: 'decision',
      detail: { decisionId: record.id, decision: record.decision, comment: record.comment },
    });
    return record;
  });
  return { decision };
}

export async function listDecisions(database: Database, user: User, id: string) {
  await visible(database, user, id);
  return { decisions: await decisionsOf(database.db, [id]) };
}

/** Back to in progress, logged like any header write so the phone unlocks on its next pull. */
export async function reopen(database: Database, user: User, id: string, body: unknown, now: Date) {
  requireRole(user, 'office', 'admin');
  const { comment } = ReopenRequest.parse(body);
  const inspection = await writeTransaction(database, async (trx) => {
    const { inspection, clocks } = await submittedState(trx, id);
    const reopened = { ...inspection, status: 'in_progress' as const, submittedAt: null };
    await saveInspectionHeader(trx, { inspection: reopened, clocks });
    await recomputeInspection(trx, id, 'status');
    await appendAudit(trx, {
      id: randomUUID(),
      inspectionId: id,
      at: now.toISOString(),
      actorId: user.id,
      action: 'reopen',
      detail: { comment, submittedAt: inspection.submittedAt },
    });
    return reopened;
  });
  return { inspection };
}

export async function auditOf(database: Database, user: User, id: string) {
  await visible(database, user, id);
  return AuditResponse.parse({ entries: await auditEntries(database.db, id) });
}

import { z } from 'zod';
import type { MutationErrorCode } from '../../src/shared/errors';
import type { User } from '../../src/shared/schema/user';
import {
  MAX_MUTATIONS_PER_PUSH,
  DeviceReport,
  Mutation,
  PROTOCOL_VERSION,
  PushRequest,
  type MutationResult,
  type PushResponse,
} from '../../src/shared/sync-protocol';
import { saveDeviceReport } from '../db/devices';
import type { Database } from '../db/open';
import { findClient, findResult, insertClient, insertResult, setLastSeq } from '../db/sync-clients';
import { writeTransaction, type Tx } from '../db/write-transaction';
import { ProblemError } from '../problems';
import { canonicalJson, sha256Hex } from './canonical';
import { applyMutation, type Outcome } from './mutations/apply';

/**
 * Owns the push invariants (SYNC.md I1, I2): one transaction per batch; per client, every seq
 * gets exactly one stored result and last_seq advances with it; seq <= last_seq is a replay
 * answered from the stored result; seq > last_seq + 1 aborts the batch with `sequence-gap`.
 *
 * The envelope is checked strictly (400, nothing stored), but each mutation is parsed on its
 * own: a mutation that fails the schema is recorded as rejected `invalid-mutation` and advances
 * the seq, so one bad entry can never wedge a device's outbox (SYNC.md failure 13).
 */
const RawMutation = z.object({ seq: z.number().int().positive(), name: z.string(), args: z.unknown() });
// The device report is parsed on its own too: it is telemetry, and a malformed one must never
// make the push itself fail (it is then simply not stored).
const Envelope = PushRequest.extend({
  mutations: z.array(RawMutation).min(1),
  device: z.unknown().optional(),
});
type RawMutation = z.infer<typeof RawMutation>;

/** Version and size are checked before the full parse so an old client gets 426, not 400. */
function checkPreconditions(body: unknown): void {
  const head = z.object({ protocolVersion: z.number(), mutations: z.array(z.unknown()) }).safeParse(body);
  if (!head.success) return;
  if (head.data.protocolVersion !== PROTOCOL_VERSION)
    throw new ProblemError('protocol-outdated', 'This app version is outdated; update to sync.', {
      serverProtocolVersion: PROTOCOL_VERSION,
    });
  if (head.data.mutations.length > MAX_MUTATIONS_PER_PUSH)
    throw new ProblemError('batch-too-large', `At most ${MAX_MUTATIONS_PER_PUSH} mutations per push.`, {
      maxMutations: MAX_MUTATIONS_PER_PUSH,
    });
}

const payloadHash = (m: RawMutation): string => sha256Hex(canonicalJson({ name: m.name, args: m.args }));

const toResult = (seq: number, status: MutationResult['status'], code: string | null): MutationResult =>
  code ? { seq, status, code: code as MutationErrorCode } : { seq, status };

/** A seq the server already has: same payload → the stored result as `duplicate`. */
async function replay(trx: Tx, clientId: string, m: RawMutation): Promise<MutationResult> {
  const stored = await findResult(trx, clientId, m.seq);
  if (!stored) return toResult(m.seq, 'duplicate', null);
  if (stored.payload_hash !== payloadHash(m)) return toResult(m.seq, 'rejected', 'replay-mismatch');
  return toResult(m.seq, 'duplicate', stored.code);
}

/** Binds a new client to the user; a client bound to someone else is refused (403). */
export async function claimClient(trx: Tx, clientId: string, user: User, nowIso: string): Promise<number> {
  const client = await findClient(trx, clientId);
  if (!client) {
    await insertClient(trx, clientId, user.id, nowIso);
    return 0;
  }
  if (client.user_id !== user.id)
    throw new ProblemError('client-owned-by-other-user', 'This device is registered to another user.');
  return client.last_seq;
}

export async function push(database: Database, user: User, body: unknown, now: Date): Promise<PushResponse> {
  checkPreconditions(body);
  const request = Envelope.parse(body);
  const nowIso = now.toISOString();
  return writeTransaction(database, async (trx) => {
    const storedSeq = await claimClient(trx, request.clientId, user, nowIso);
    const device = DeviceReport.safeParse(request.device);
    if (device.success)
      await saveDeviceReport(trx, {
        clientId: request.clientId,
        userId: user.id,
        nowIso,
        report: device.data,
      });
    let lastSeq = storedSeq;
    const results: MutationResult[] = [];
    for (const raw of request.mutations) {
      if (raw.seq <= lastSeq) {
        results.push(await replay(trx, request.clientId, raw));
        continue;
      }
      // The whole batch rolls back, so the seq to resend from is the one stored before it.
      if (raw.seq > lastSeq + 1)
        throw new ProblemError('sequence-gap', `Expected mutation ${storedSeq + 1} next.`, {
          expectedSeq: storedSeq + 1,
        });
      const parsed = Mutation.safeParse(raw);
      const outcome: Outcome = parsed.success
        ? await applyMutation(trx, user, parsed.data)
        : { status: 'rejected', code: 'invalid-mutation' };
      const code = outcome.status === 'rejected' ? outcome.code : null;
      await insertResult(trx, {
        client_id: request.clientId,
        seq: raw.seq,
        status: outcome.status,
        code,
        payload_hash: payloadHash(raw),
      });
      lastSeq = raw.seq;
      results.push(toResult(raw.seq, outcome.status, code));
    }
    if (lastSeq !== storedSeq) await setLastSeq(trx, request.clientId, lastSeq, nowIso);
    return { results, lastSeq };
  });
}

import { z } from 'zod';
import { Id } from './schema/common';
import { Defect } from './schema/defect';
import { ChecklistAnswer } from './schema/checklist-answer';
import { Inspection, InspectionPatch } from './schema/inspection';
import { FabricDefect, FabricRoll } from './schema/fabric-roll';
import { Measurement } from './schema/measurement';
import { PackingCheck } from './schema/packing-check';
import { Photo } from './schema/photo';
import { Rectification } from './schema/rectification';
import { Signature } from './schema/signature';
import { MUTATION_ERROR_CODES } from './errors';

/**
 * The sync wire contract (see docs/sync-protocol.md). Bump PROTOCOL_VERSION on any
 * incompatible change; the server answers an older client with `protocol-outdated` (426)
 * and the client keeps its outbox until it is updated.
 */
export const PROTOCOL_VERSION = 1;
export const MAX_MUTATIONS_PER_PUSH = 500;
export const MAX_PULL_LIMIT = 1000;

const Seq = z.number().int().positive();
const IsoDateTime = z.string().datetime({ offset: true });
const Hlc = z.string().regex(/^\d{15}:[0-9a-z]{5}:.{1,64}$/, 'hybrid logical clock');

/** Tombstone of append-only evidence: the record stays, marked deleted (SYNC.md ownership). */
export const RemoveArgs = z.object({ id: Id, inspectionId: Id, deletedAt: IsoDateTime });
export type RemoveArgs = z.infer<typeof RemoveArgs>;

/** Every mutation a client can send. Args are full records or explicit patches: the server never guesses. */
export const Mutation = z.discriminatedUnion('name', [
  z.object({ seq: Seq, name: z.literal('inspection.start'), args: Inspection }),
  z.object({
    seq: Seq,
    name: z.literal('inspection.update'),
    args: z.object({ id: Id, patch: InspectionPatch, hlc: Hlc }),
  }),
  z.object({
    seq: Seq,
    name: z.literal('inspection.submit'),
    args: z.object({ id: Id, submittedAt: IsoDateTime, hlc: Hlc }),
  }),
  z.object({ seq: Seq, name: z.literal('defect.add'), args: Defect }),
  z.object({ seq: Seq, name: z.literal('defect.remove'), args: RemoveArgs }),
  z.object({ seq: Seq, name: z.literal('measurement.add'), args: Measurement }),
  z.object({ seq: Seq, name: z.literal('measurement.remove'), args: RemoveArgs }),
  z.object({ seq: Seq, name: z.literal('checklist.answer'), args: ChecklistAnswer }),
  z.object({ seq: Seq, name: z.literal('rectification.add'), args: Rectification }),
  z.object({ seq: Seq, name: z.literal('rectification.remove'), args: RemoveArgs }),
  z.object({ seq: Seq, name: z.literal('signature.add'), args: Signature }),
  z.object({ seq: Seq, name: z.literal('photo.add'), args: Photo }),
  z.object({ seq: Seq, name: z.literal('photo.remove'), args: RemoveArgs }),
  z.object({ seq: Seq, name: z.literal('packing.check'), args: PackingCheck }),
  z.object({ seq: Seq, name: z.literal('fabric_roll.add'), args: FabricRoll }),
  z.object({ seq: Seq, name: z.literal('fabric_roll.remove'), args: RemoveArgs }),
  z.object({ seq: Seq, name: z.literal('fabric_defect.add'), args: FabricDefect }),
  z.object({ seq: Seq, name: z.literal('fabric_defect.remove'), args: RemoveArgs }),
]);
export type Mutation = z.infer<typeof Mutation>;
export type MutationName = Mutation['name'];

/**
 * What was waiting on the phone when it synced, so the office can see what is still on the
 * phones. Optional on push (older clients omit it; no protocol bump) and sent alone to
 * `POST /api/sync/report` after a round with nothing to push.
 */
export const DeviceReport = z.object({
  pendingMutations: z.number().int().nonnegative(),
  pendingPhotos: z.number().int().nonnegative(),
  pendingPhotoBytes: z.number().int().nonnegative(),
  oldestPendingAt: IsoDateTime.nullable(),
  appVersion: z.string().min(1).max(64),
  userAgent: z.string().max(200).optional(),
});
export type DeviceReport = z.infer<typeof DeviceReport>;

export const PushRequest = z.object({
  protocolVersion: z.number().int(),
  clientId: Id,
  mutations: z.array(Mutation).min(1),
  device: DeviceReport.optional(),
});
export type PushRequest = z.infer<typeof PushRequest>;

export const ReportRequest = z.object({ clientId: Id, device: DeviceReport });
export type ReportRequest = z.infer<typeof ReportRequest>;

export const MutationResult = z.object({
  seq: z.number().int().positive(),
  status: z.enum(['applied', 'duplicate', 'rejected', 'conflict']),
  code: z.enum(MUTATION_ERROR_CODES).optional(),
});
export type MutationResult = z.infer<typeof MutationResult>;

export const PushResponse = z.object({
  results: z.array(MutationResult),
  /** The highest seq the server has recorded for this client after this push. */
  lastSeq: z.number().int().nonnegative(),
});
export type PushResponse = z.infer<typeof PushResponse>;

/** Entities a pull can carry; each change holds the full current record. */
export const SyncEntity = z.enum([
  'factory',
  'user',
  'order',
  'spec_sheet',
  'defect_library',
  'checklist',
  'inspection',
  'defect',
  'decision',
  'measurement',
  'checklist_answer',
  'rectification',
  'signature',
  'photo',
  'packing_check',
  'fabric_roll',
  'fabric_defect',
  'assignment',
]);
export type SyncEntity = z.infer<typeof SyncEntity>;

export const Change = z.object({
  cursor: z.number().int().positive(),
  entity: SyncEntity,
  id: Id,
  data: z.record(z.string(), z.unknown()),
});
export type Change = z.infer<typeof Change>;

export const PullResponse = z.object({
  changes: z.array(Change),
  /** Pass back as `cursor` on the next pull; 0 means "from the beginning". */
  cursor: z.number().int().nonnegative(),
  hasMore: z.boolean(),
  /** True when the given cursor was not valid: the client must drop pulled data and start at 0. */
  reset: z.boolean(),
});
export type PullResponse = z.infer<typeof PullResponse>;

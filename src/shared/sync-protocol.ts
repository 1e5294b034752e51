import { z } from 'zod';
import { Id } from './schema/common';
import { Defect } from './schema/defect';
import { Inspection } from './schema/inspection';
import { MUTATION_ERROR_CODES } from './errors';

/**
 * The sync wire contract (see docs/sync-protocol.md). Bump PROTOCOL_VERSION on any
 * incompatible change; the server answers an older client with `protocol-outdated` (426)
 * and the client keeps its outbox until it is updated.
 */
export const PROTOCOL_VERSION = 1;
export const MAX_MUTATIONS_PER_PUSH = 500;
export const MAX_PULL_LIMIT = 1000;

/** Every mutation a client can send. Args are the full records: the server never guesses. */
export const Mutation = z.discriminatedUnion('name', [
  z.object({ seq: z.number().int().positive(), name: z.literal('inspection.start'), args: Inspection }),
  z.object({ seq: z.number().int().positive(), name: z.literal('defect.add'), args: Defect }),
  z.object({
    seq: z.number().int().positive(),
    name: z.literal('defect.remove'),
    args: z.object({ id: Id, inspectionId: Id, deletedAt: z.string().datetime({ offset: true }) }),
  }),
]);
export type Mutation = z.infer<typeof Mutation>;
export type MutationName = Mutation['name'];

export const PushRequest = z.object({
  protocolVersion: z.number().int(),
  clientId: Id,
  mutations: z.array(Mutation).min(1),
});
export type PushRequest = z.infer<typeof PushRequest>;

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

import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Inspection } from '../../src/shared/schema/inspection';
import { inspectionFor, seededOrder, start } from './builders';
import type { Harness } from './harness';
import { push, type MutationInput } from './http';

/** One phone of a signed-in user: an outbox client that numbers its own mutations. */
export type PushResult = Awaited<ReturnType<typeof push>>;

/** Each result's code, or its status when it has none, in seq order. */
export const codes = (res: PushResult): string[] => res.body.results.map((r) => r.code ?? r.status);

/**
 * Starts an inspection on `style` from a fresh client (seq 1) and returns its id and a `send`
 * for that client, whose next seq is 2.
 */
export async function openInspection(
  h: Harness,
  cookie: string,
  style: Parameters<typeof seededOrder>[0] = 'shirt',
  overrides: Partial<Inspection> = {},
) {
  const inspection = inspectionFor(seededOrder(style), overrides);
  const clientId = randomUUID();
  expect(codes(await push(h.app, cookie, clientId, [start(1, inspection)]))).toEqual(['applied']);
  const send = (mutations: MutationInput[]) => push(h.app, cookie, clientId, mutations);
  return { id: inspection.id, send };
}

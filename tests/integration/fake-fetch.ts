/**
 * A scripted fetch for engine tests. It holds no server logic: each test says what the
 * next push or pull answers, and the double records what the engine sent.
 */
import type { FetchFn } from '../../src/sync/http';

export interface SentRequest {
  path: string;
  method: string;
  credentials: RequestCredentials | undefined;
  body: unknown;
}

type Responder = (request: SentRequest) => Response | Promise<Response>;

export const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export const apiError = (status: number, code: string, details?: unknown): Response =>
  json(status, { error: { code, message: code, details } });

export const emptyPull = (cursor = 0): Response =>
  json(200, { changes: [], cursor, hasMore: false, reset: false });

export const scriptedFetch = (routes: { push?: Responder; pull?: Responder }) => {
  const sent: SentRequest[] = [];
  const fetch: FetchFn = async (input, init) => {
    const url = new URL(input, 'http://test');
    const request: SentRequest = {
      path: url.pathname + url.search,
      method: init?.method ?? 'GET',
      credentials: init?.credentials,
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    };
    sent.push(request);
    const route = url.pathname === '/api/sync/push' ? routes.push : routes.pull;
    if (!route) throw new Error(`unscripted request ${request.path}`);
    return route(request);
  };
  return { fetch, sent };
};

/** The seqs of a push request body. */
export const seqsOf = (request: SentRequest): number[] =>
  (request.body as { mutations: { seq: number }[] }).mutations.map((m) => m.seq);

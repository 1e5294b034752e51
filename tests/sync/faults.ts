import type { FetchFn } from '../../src/sync/http';

/**
 * A fault layer around a device's fetch. It holds no server logic: it only decides what
 * happens to one request on the wire — lost before the server sees it, lost after the server
 * committed (the client gets a network error), sent twice, delayed, or refused with 413.
 */
export type Fault = 'drop-request' | 'drop-response' | 'duplicate' | 'too-large' | { delayMs: number };

export interface WireRequest {
  method: string;
  path: string;
  body: RequestInit['body'];
}

type Match = (request: WireRequest) => boolean;

export interface FaultLayer {
  fetch: FetchFn;
  /** The next request matching `match` suffers `fault` (once). */
  once(match: Match, fault: Fault): void;
  /** Every request is offered to `policy` (fuzz); null lets it through. */
  setPolicy(policy: ((request: WireRequest) => Fault | null) | null): void;
  /** No network at all until set back to true. */
  setOnline(online: boolean): void;
  /** Raw request log: what reached the server (after the fault decision). */
  delivered: WireRequest[];
  /** Bodies of push requests that reached the server, for replay tests. */
  pushBodies(): string[];
}

export const isPush: Match = (r) => r.path.startsWith('/api/sync/push');
export const isPull: Match = (r) => r.path.startsWith('/api/sync/pull');
export const isPhotoPatch: Match = (r) => r.method === 'PATCH' && r.path.startsWith('/api/photos/');

const networkError = () => new TypeError('Failed to fetch');

const tooLarge = () =>
  new Response(JSON.stringify({ error: { code: 'batch-too-large', message: 'too large' } }), {
    status: 413,
    headers: { 'content-type': 'application/json' },
  });

export function faultLayer(inner: FetchFn): FaultLayer {
  const planned: { match: Match; fault: Fault }[] = [];
  let policy: ((request: WireRequest) => Fault | null) | null = null;
  let online = true;
  const delivered: WireRequest[] = [];

  const decide = (request: WireRequest): Fault | null => {
    const index = planned.findIndex((p) => p.match(request));
    if (index >= 0) return planned.splice(index, 1)[0]?.fault ?? null;
    return policy?.(request) ?? null;
  };

  const send = (input: string, init: RequestInit | undefined, request: WireRequest) => {
    delivered.push(request);
    return inner(input, init);
  };

  const fetch: FetchFn = async (input, init) => {
    const url = new URL(input, 'http://device.test');
    const request: WireRequest = {
      method: init?.method ?? 'GET',
      path: url.pathname + url.search,
      body: init?.body,
    };
    if (!online) throw networkError();
    const fault = decide(request);
    if (fault === null) return send(input, init, request);
    if (fault === 'drop-request') throw networkError();
    if (fault === 'too-large') return tooLarge();
    if (fault === 'drop-response') {
      const response = await send(input, init, request);
      await response.arrayBuffer();
      throw networkError();
    }
    if (fault === 'duplicate') {
      const [first] = await Promise.all([send(input, init, request), send(input, init, request)]);
      return first;
    }
    await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    return send(input, init, request);
  };

  return {
    fetch,
    once: (match, fault) => planned.push({ match, fault }),
    setPolicy: (next) => {
      policy = next;
    },
    setOnline: (next) => {
      online = next;
    },
    delivered,
    pushBodies: () => delivered.filter(isPush).map((r) => (typeof r.body === 'string' ? r.body : '')),
  };
}

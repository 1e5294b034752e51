/**
 * A scripted fetch for the photo uploader. Like fake-fetch.ts it holds no server logic: each
 * test lists the answers in order, and the double records what the uploader sent (method,
 * upload headers and the chunk's bytes). Push and pull, when a test drives the whole engine,
 * answer from their own responders.
 */
import type { FetchFn } from '../../src/sync/http';
import { apiError, emptyPull, json } from './fake-fetch';

export interface SentPhotoRequest {
  method: string;
  path: string;
  offset: number | null;
  length: number | null;
  bytes: Uint8Array | null;
}

type Answer = Response | (() => Response | Promise<Response>);

const headerNumber = (headers: Headers, name: string): number | null =>
  headers.has(name) ? Number(headers.get(name)) : null;

/** What a HEAD or PATCH answers: the upload headers of the protocol. */
export const uploadState = (offset: number, length: number | null, complete: boolean): Response => {
  const headers = new Headers({ 'upload-offset': String(offset), 'upload-complete': complete ? '1' : '0' });
  if (length !== null) headers.set('upload-length', String(length));
  return new Response(null, { status: 200, headers });
};

export const notFound = (): Response => new Response(null, { status: 404 });

export const networkDown = (): Response => {
  throw new TypeError('Failed to fetch');
};

export { apiError };

export const photoFetch = (answers: Answer[], pushAnswer?: () => Response) => {
  const sent: SentPhotoRequest[] = [];
  const script = [...answers];
  const fetch: FetchFn = async (input, init) => {
    const url = new URL(input, 'http://test');
    if (url.pathname === '/api/sync/pull') return emptyPull();
    if (url.pathname === '/api/sync/push') {
      if (!pushAnswer) throw new Error('unscripted push');
      return pushAnswer();
    }
    const headers = new Headers(init?.headers);
    sent.push({
      method: init?.method ?? 'GET',
      path: url.pathname,
      offset: headerNumber(headers, 'upload-offset'),
      length: headerNumber(headers, 'upload-length'),
      bytes: init?.body instanceof ArrayBuffer ? new Uint8Array(init.body) : null,
    });
    const next = script.shift();
    if (!next) throw new Error(`unscripted ${init?.method ?? 'GET'} ${url.pathname}`);
    return typeof next === 'function' ? next() : next;
  };
  return { fetch, sent, remaining: () => script.length };
};

export const pushApplied = (seqs: number[]) => () =>
  json(200, { results: seqs.map((seq) => ({ seq, status: 'applied' })), lastSeq: Math.max(...seqs) });

/**
 * The engine's only door to the network. Turns every outcome into one of three shapes —
 * parsed JSON, an HttpError carrying the API error code, or a NetworkError — so callers
 * never inspect raw responses. Cookies ride along (`credentials: 'include'`).
 */
import { isApiErrorBody, type ApiErrorCode } from '../shared/errors';
import type { SyncErrorCode } from './status';

export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('network unavailable', { cause });
  }
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode | null,
    readonly details: unknown,
  ) {
    super(`HTTP ${status}${code ? ` ${code}` : ''}`);
  }
}

/** A response that does not match the shared schema: a server bug, not a reason to loop. */
export class InvalidResponseError extends Error {}

export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export interface Api {
  get(path: string): Promise<unknown>;
  post(path: string, body: unknown): Promise<unknown>;
}

export const createApi = (fetchFn: FetchFn, baseUrl = ''): Api => {
  const request = async (path: string, init: RequestInit): Promise<unknown> => {
    let response: Response;
    let text: string;
    try {
      response = await fetchFn(baseUrl + path, { ...init, credentials: 'include' });
      text = await response.text();
    } catch (error) {
      throw new NetworkError(error);
    }
    const body: unknown = text ? safeJson(text) : null;
    if (!response.ok) {
      const apiError = isApiErrorBody(body) ? body.error : null;
      throw new HttpError(response.status, apiError?.code ?? null, apiError?.details);
    }
    return body;
  };
  return {
    get: (path) => request(path, { method: 'GET' }),
    post: (path, body) =>
      request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
  };
};

const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
};

/** The error code to show for any failure of an API call. */
export const errorCodeOf = (error: unknown): SyncErrorCode => {
  if (error instanceof NetworkError) return 'network';
  if (error instanceof HttpError) return error.code ?? 'internal';
  if (error instanceof InvalidResponseError) return 'invalid-response';
  return 'internal';
};

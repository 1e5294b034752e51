/**
 * HEAD and PATCH of the resumable photo upload (docs/sync-protocol.md "Photo bytes"). The
 * JSON `Api` of http.ts cannot send raw bytes or read headers, so this is its binary sibling;
 * failures take the same three shapes (HttpError, NetworkError, InvalidResponseError).
 */
import { isApiErrorBody } from '../shared/errors';
import { HttpError, InvalidResponseError, NetworkError, type FetchFn } from './http';

export const CHUNK_CONTENT_TYPE = 'application/offset+octet-stream';

/** What the server holds of one photo. */
export interface UploadState {
  offset: number;
  length: number | null;
  complete: boolean;
}

export interface PhotoApi {
  /** null: the server has received nothing of this photo yet (404). */
  head(sha256: string): Promise<UploadState | null>;
  patch(sha256: string, chunk: { offset: number; length: number; bytes: ArrayBuffer }): Promise<UploadState>;
}

const stateOf = (response: Response): UploadState => {
  const offset = Number(response.headers.get('upload-offset') ?? NaN);
  const length = response.headers.get('upload-length');
  if (!Number.isSafeInteger(offset) || offset < 0)
    throw new InvalidResponseError('photo upload answer without Upload-Offset');
  return {
    offset,
    length: length === null ? null : Number(length),
    complete: response.headers.get('upload-complete') === '1',
  };
};

/** A HEAD has no body, so its errors carry a status but no code. */
const errorOf = async (response: Response): Promise<HttpError> => {
  let body: unknown;
  try {
    const text = await response.text();
    body = text ? (JSON.parse(text) as unknown) : null;
  } catch {
    // A cut or non-JSON error body still leaves the status to act on.
    body = null;
  }
  const apiError = isApiErrorBody(body) ? body.error : null;
  return new HttpError(response.status, apiError?.code ?? null, apiError?.details);
};

export const createPhotoApi = (fetchFn: FetchFn, baseUrl = ''): PhotoApi => {
  const send = async (sha256: string, init: RequestInit): Promise<Response> => {
    try {
      return await fetchFn(`${baseUrl}/api/photos/${sha256}`, { ...init, credentials: 'include' });
    } catch (error) {
      throw new NetworkError(error);
    }
  };
  return {
    async head(sha256) {
      const response = await send(sha256, { method: 'HEAD', cache: 'no-store' });
      if (response.status === 404) return null;
      if (!response.ok) throw await errorOf(response);
      return stateOf(response);
    },
    async patch(sha256, chunk) {
      const response = await send(sha256, {
        method: 'PATCH',
        headers: {
          'content-type': CHUNK_CONTENT_TYPE,
          'upload-offset': String(chunk.offset),
          'upload-length': String(chunk.length),
        },
        body: chunk.bytes,
      });
      if (!response.ok) throw await errorOf(response);
      return stateOf(response);
    },
  };
};

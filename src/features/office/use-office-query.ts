import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { api } from '../../app/services';
import { errorCodeOf, InvalidResponseError } from '../../sync/http';
import type { SyncErrorCode } from '../../sync/status';

export type OfficeQuery<T> =
  | { status: 'loading' }
  | { status: 'offline' }
  | { status: 'error'; code: SyncErrorCode }
  | { status: 'ok'; data: T };

/**
 * Online-only reads for the office: refetches when the connection comes back, and when the
 * caller bumps `version` (after its own write, so the screen shows what the server now holds).
 * A null path reads nothing (a dependent read still waiting for its input).
 */
export const useOfficeQuery = <T>(path: string | null, schema: z.ZodType<T>, version = 0): OfficeQuery<T> => {
  const [state, setState] = useState<OfficeQuery<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const retry = () => setAttempt((n) => n + 1);
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, []);

  useEffect(() => {
    let live = true;
    if (path === null) return;
    if (!navigator.onLine) {
      setState({ status: 'offline' });
      return;
    }
    // A refresh after a write keeps the old data on screen instead of flashing "loading".
    setState((old) => (old.status === 'ok' && version > 0 ? old : { status: 'loading' }));
    api
      .get(path)
      .then((body) => {
        const parsed = schema.safeParse(body);
        if (!parsed.success) throw new InvalidResponseError(`${path} does not match the contract`);
        if (live) setState({ status: 'ok', data: parsed.data });
      })
      .catch((error: unknown) => {
        const code = errorCodeOf(error);
        if (live) setState(code === 'network' ? { status: 'offline' } : { status: 'error', code });
      });
    return () => {
      live = false;
    };
  }, [path, schema, attempt, version]);

  return state;
};

/** One office write: the parsed body, or the error code to show translated. */
export const officePost = async <T>(
  path: string,
  body: unknown,
  schema: z.ZodType<T>,
): Promise<{ ok: true; data: T } | { ok: false; code: SyncErrorCode }> => {
  try {
    const parsed = schema.safeParse(await api.post(path, body));
    if (!parsed.success) return { ok: false, code: 'invalid-response' };
    return { ok: true, data: parsed.data };
  } catch (error) {
    return { ok: false, code: errorCodeOf(error) };
  }
};

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

/** Online-only reads for the office: refetches when the connection comes back. */
export const useOfficeQuery = <T>(path: string, schema: z.ZodType<T>): OfficeQuery<T> => {
  const [state, setState] = useState<OfficeQuery<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const retry = () => setAttempt((n) => n + 1);
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, []);

  useEffect(() => {
    let live = true;
    if (!navigator.onLine) {
      setState({ status: 'offline' });
      return;
    }
    setState({ status: 'loading' });
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
  }, [path, schema, attempt]);

  return state;
};

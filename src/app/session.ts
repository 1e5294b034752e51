/** Signing in (needs the network once) and out (works offline). The outbox is never touched. */
import type { QcDb } from '../db/db';
import { forgetSession, rememberSession } from '../db/session';
import { SessionResponse, type LoginRequest } from '../shared/api';
import type { User } from '../shared/schema';
import { InvalidResponseError, type Api } from '../sync/http';

export const signIn = async (db: QcDb, api: Api, request: LoginRequest): Promise<User> => {
  const parsed = SessionResponse.safeParse(await api.post('/api/auth/login', request));
  if (!parsed.success) throw new InvalidResponseError('login response does not match the contract');
  await rememberSession(db, parsed.data.user);
  return parsed.data.user;
};

export const signOut = async (db: QcDb, api: Api): Promise<void> => {
  try {
    await api.post('/api/auth/logout', {});
  } catch {
    // Offline or already expired: the local session still ends; the server one expires on its own.
  }
  await forgetSession(db);
};

/** Office pages are for the roles that review reports. */
export const canUseOffice = (user: User): boolean => user.role !== 'inspector';

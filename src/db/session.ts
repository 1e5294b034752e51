/**
 * Local side of signing in and out. The session user is kept in Dexie so the app opens
 * offline for days; signing out never touches the outbox. A different user signing in
 * starts from a clean pull so nobody sees another user's orders.
 */
import type { User } from '../shared/schema';
import type { QcDb } from './db';
import { META, setSessionUser } from './meta';
import { clearPulledData, pulledTables } from './pulled';

export const rememberSession = (db: QcDb, user: User): Promise<void> =>
  db.transaction('rw', [...pulledTables(db), db.outbox, db.meta], async () => {
    const pulledFor = await db.meta.get(META.pulledFor);
    if (pulledFor?.value !== user.id) {
      await clearPulledData(db);
      await db.meta.put({ key: META.pulledFor, value: user.id });
    }
    await setSessionUser(db, user);
  });

export const forgetSession = async (db: QcDb): Promise<void> => {
  await setSessionUser(db, null);
};

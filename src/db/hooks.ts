/**
 * Live queries for the UI: reads re-render when the tables they touch change (also when
 * another tab or the sync engine writes). `undefined` means "still loading".
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { User } from '../shared/schema';
import { useDb } from './context';
import { getSessionUser } from './meta';

export const useSessionUser = (): User | null | undefined => {
  const db = useDb();
  return useLiveQuery(() => getSessionUser(db), [db]);
};

export const useOrders = () => {
  const db = useDb();
  return useLiveQuery(() => db.orders.orderBy('po').toArray(), [db]);
};

export const useOrder = (id: string) => {
  const db = useDb();
  return useLiveQuery(async () => (await db.orders.get(id)) ?? null, [db, id]);
};

export const useFactories = () => {
  const db = useDb();
  return useLiveQuery(() => db.factories.toArray(), [db]);
};

export const useFactory = (id: string | undefined) => {
  const db = useDb();
  return useLiveQuery(async () => (id ? ((await db.factories.get(id)) ?? null) : null), [db, id]);
};

/** Inspections still in progress on this device, newest first, for "resume" lists. */
export const useOpenInspections = () => {
  const db = useDb();
  return useLiveQuery(
    async () => (await db.inspections.where('status').equals('in_progress').sortBy('startedAt')).reverse(),
    [db],
  );
};

export const useInspection = (id: string) => {
  const db = useDb();
  return useLiveQuery(async () => (await db.inspections.get(id)) ?? null, [db, id]);
};

export const useDefectLibrary = (id: string | undefined) => {
  const db = useDb();
  return useLiveQuery(async () => (id ? ((await db.defectLibraries.get(id)) ?? null) : null), [db, id]);
};

/** Live (not tombstoned) defects of one inspection, oldest first. */
export const useLiveDefects = (inspectionId: string) => {
  const db = useDb();
  return useLiveQuery(
    async () =>
      (await db.defects.where('inspectionId').equals(inspectionId).toArray())
        .filter((d) => d.deletedAt === null)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
    [db, inspectionId],
  );
};

export const useOutboxCount = () => {
  const db = useDb();
  return useLiveQuery(() => db.outbox.count(), [db]);
};

export const useRejected = () => {
  const db = useDb();
  return useLiveQuery(() => db.rejected.orderBy('seq').toArray(), [db]);
};

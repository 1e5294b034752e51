import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '../../app/i18n';
import { useSyncStatus } from '../../app/services';
import { useDb } from '../../db/context';
import type { OutboxEntry } from '../../db/db';
import { syncBadge } from '../../sync/status';

/** True when a queued mutation is about this inspection (its header or any of its evidence). */
export const concernsInspection = (entry: OutboxEntry, inspectionId: string): boolean => {
  const args = entry.args as { id?: unknown; inspectionId?: unknown };
  return (
    args.inspectionId === inspectionId || (entry.name.startsWith('inspection.') && args.id === inspectionId)
  );
};

/**
 * Sync state of THIS inspection, not of the whole phone: "synced" only when no queued change
 * references it. The outbox is small (it drains on every sync), so a scan is cheap.
 */
export const InspectionSyncState = ({ inspectionId }: { inspectionId: string }) => {
  const t = useT();
  const db = useDb();
  const status = useSyncStatus();
  const pending = useLiveQuery(
    async () => (await db.outbox.toArray()).filter((entry) => concernsInspection(entry, inspectionId)).length,
    [db, inspectionId],
  );
  // Until counted, say nothing rather than a "synced" that may be false.
  if (pending === undefined) return null;
  const state = syncBadge(status, pending);
  return (
    <span
      className={`badge badge-${state}`}
      data-testid="inspection-sync-state"
      data-state={state}
      data-pending={pending}
    >
      {t(`inspectionSync.${state}`, { count: pending })}
    </span>
  );
};

import { useOutboxCount } from '../db/hooks';
import { syncBadge } from '../sync/status';
import { useFormatDateTime, useT } from './i18n';
import { syncEngine, useSyncStatus } from './services';

/** Sync state at a glance: badge, queue size and a manual "sync now". */
export const SyncBadge = () => {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const status = useSyncStatus();
  const pending = useOutboxCount();
  // Until the outbox is counted, show nothing rather than a "0 / synced" that may be false.
  if (pending === undefined) return <div className="sync-badge" />;
  const badge = syncBadge(status, pending);
  const title = status.lastSuccessAt
    ? t('sync.lastSuccess', { time: formatDateTime(status.lastSuccessAt) })
    : t('sync.never');
  return (
    <div className="sync-badge">
      <span className={`badge badge-${badge}`} data-testid="sync-state" data-state={badge} title={title}>
        {t(`sync.badge.${badge}`)}
      </span>
      <span className="pending" aria-label={t('sync.pendingLabel')}>
        <span data-testid="pending-count">{pending}</span> {t('sync.pendingLabel')}
      </span>
      <button
        type="button"
        className="btn btn-small"
        data-testid="sync-now"
        disabled={status.state === 'syncing'}
        onClick={() => void syncEngine.syncOnce()}
      >
        {t('sync.now')}
      </button>
    </div>
  );
};

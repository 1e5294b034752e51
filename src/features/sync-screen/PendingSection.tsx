import { useLiveQuery } from 'dexie-react-hooks';
import { errorKey, useFormatDateTime, useT, type Translate } from '../../app/i18n';
import { syncEngine, usePhotoProgress, useSyncStatus } from '../../app/services';
import { useDb } from '../../db/context';
import { formatBytes } from '../photos/storage';
import { hintFor } from './error-hint';
import { ageOf, readOutboxSummary } from './pending';

const formatAge = (t: Translate, fromIso: string): string => {
  const age = ageOf(fromIso, Date.now());
  return t(`syncScreen.age.${age.unit}`, { n: age.n });
};

/** What is waiting on this phone and how the last sync went, with a manual "sync now". */
export const PendingSection = () => {
  const t = useT();
  const db = useDb();
  const formatDateTime = useFormatDateTime();
  const status = useSyncStatus();
  const photos = usePhotoProgress();
  const outbox = useLiveQuery(() => readOutboxSummary(db), [db]);
  return (
    <section className="card">
      <p data-testid="sync-pending" data-count={outbox?.count}>
        {outbox &&
          (outbox.count > 0 ? t('syncScreen.pending', { count: outbox.count }) : t('syncScreen.pendingNone'))}
        {outbox?.oldestAt && (
          <>
            <br />
            <span className="muted">
              {t('syncScreen.oldest', {
                time: formatDateTime(outbox.oldestAt),
                age: formatAge(t, outbox.oldestAt),
              })}
            </span>
          </>
        )}
      </p>
      <p data-testid="sync-photos" data-pending={photos.pending} data-bytes={photos.pendingBytes}>
        {photos.pending > 0
          ? t('syncScreen.photos', {
              pending: photos.pending,
              total: photos.total,
              size: formatBytes(photos.pendingBytes),
            })
          : t('syncScreen.photosNone', { total: photos.total })}
        {photos.lastError && (
          <>
            <br />
            <strong>
              {t('syncScreen.photosFailed', { count: photos.failed, reason: t(errorKey(photos.lastError)) })}
            </strong>
          </>
        )}
      </p>
      <p data-testid="sync-last-success">
        {status.lastSuccessAt
          ? t('syncScreen.lastSuccess', { time: formatDateTime(status.lastSuccessAt) })
          : t('syncScreen.never')}
      </p>
      <p data-testid="sync-last-error" data-code={status.lastError ?? ''}>
        {status.lastError ? (
          <>
            {t('syncScreen.lastError', { reason: t(errorKey(status.lastError)) })}
            <br />
            <span className="muted">{t(hintFor(status.lastError))}</span>
          </>
        ) : (
          t('syncScreen.noError')
        )}
      </p>
      <button
        type="button"
        className="btn btn-primary"
        data-testid="sync-screen-now"
        disabled={status.state === 'syncing'}
        onClick={() => void syncEngine.syncOnce()}
      >
        {t('sync.now')}
      </button>
    </section>
  );
};

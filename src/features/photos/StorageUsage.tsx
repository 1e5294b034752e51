import { useEffect, useState } from 'react';
import { useT } from '../../app/i18n';
import { formatBytes, readStorage, requestPersistence, type StorageInfo } from './storage';

/**
 * How much of the phone's quota this app uses and whether the browser may evict it. Shown on the
 * Photos tab because photos are what fills it; `refreshKey` re-reads it after each photo change.
 */
export const StorageUsage = ({ refreshKey }: { refreshKey: number }) => {
  const t = useT();
  const [info, setInfo] = useState<StorageInfo | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void readStorage().then((next) => {
      if (live) setInfo(next);
    });
    return () => {
      live = false;
    };
  }, [refreshKey]);

  const persist = async () => {
    await requestPersistence();
    setInfo(await readStorage());
  };

  if (info === undefined) return null;
  if (info === null)
    return (
      <p className="storage-usage muted" data-testid="storage-usage">
        {t('photos.storage.unknown')}
      </p>
    );
  return (
    <section
      className={`storage-usage${info.persisted ? '' : ' is-unprotected'}`}
      data-testid="storage-usage"
      data-usage={info.usage}
      data-quota={info.quota}
      data-persisted={info.persisted}
    >
      <p>{t('photos.storage.usage', { used: formatBytes(info.usage), quota: formatBytes(info.quota) })}</p>
      <p className="muted">
        {t(info.persisted ? 'photos.storage.persisted' : 'photos.storage.notPersisted')}
      </p>
      {!info.persisted && (
        <button
          type="button"
          className="btn btn-small"
          data-testid="storage-persist"
          onClick={() => void persist()}
        >
          {t('photos.storage.persist')}
        </button>
      )}
    </section>
  );
};

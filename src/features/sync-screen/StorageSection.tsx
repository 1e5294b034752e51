import { useEffect, useState } from 'react';
import { useT } from '../../app/i18n';
import { formatBytes, readStorage, requestPersistence, type StorageInfo } from '../photos/storage';

/**
 * Storage used / quota and whether the browser may evict this app's data, with a button to ask
 * for protection (the automatic request happens once after sign-in: features/export/persist.ts).
 */
export const StorageSection = () => {
  const t = useT();
  const [info, setInfo] = useState<StorageInfo | null | undefined>(undefined);
  const [denied, setDenied] = useState(false);
  useEffect(() => {
    let live = true;
    void readStorage().then((next) => {
      if (live) setInfo(next);
    });
    return () => {
      live = false;
    };
  }, []);
  const persist = async () => {
    setDenied(!(await requestPersistence()));
    setInfo(await readStorage());
  };
  if (info === undefined) return null;
  return (
    <section className="card">
      <p data-testid="sync-storage" data-usage={info?.usage} data-quota={info?.quota}>
        {info
          ? t('syncScreen.storage', { used: formatBytes(info.usage), quota: formatBytes(info.quota) })
          : t('syncScreen.storageUnknown')}
      </p>
      {info && (
        <p data-testid="sync-persist" data-persisted={info.persisted}>
          {t(info.persisted ? 'syncScreen.persisted' : 'syncScreen.notPersisted')}{' '}
          {!info.persisted && (
            <button
              type="button"
              className="btn btn-small"
              data-testid="sync-persist-request"
              onClick={() => void persist()}
            >
              {t('syncScreen.persist')}
            </button>
          )}
          {denied && !info.persisted && <span className="muted"> {t('syncScreen.persistDenied')}</span>}
        </p>
      )}
    </section>
  );
};

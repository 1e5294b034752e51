import { useRejected } from '../db/hooks';
import { Notice } from '../ui/Notice';
import { errorKey, useT } from './i18n';
import { href } from './router';
import { useSyncStatus } from './services';

/**
 * Sync problems the user must see: an expired session (work kept, sign in again), an
 * outdated app, other errors, and every mutation the server refused — never dropped silently.
 */
export const SyncNotices = () => {
  const t = useT();
  const status = useSyncStatus();
  const rejected = useRejected() ?? [];
  return (
    <>
      {status.state === 'auth-required' && (
        <Notice tone="warn" testId="auth-required">
          {t('sync.authRequired')}{' '}
          <a href={href.login()} data-testid="sign-in-again">
            {t('sync.signInAgain')}
          </a>
        </Notice>
      )}
      {status.state === 'update-needed' && <Notice tone="warn">{t('sync.updateNeeded')}</Notice>}
      {status.state === 'error' && status.lastError && (
        <Notice tone="error">{t(errorKey(status.lastError))}</Notice>
      )}
      {rejected.length > 0 && (
        <Notice tone="error" testId="rejected-list">
          <strong>{t('sync.rejectedTitle', { count: rejected.length })}</strong>
          <ul>
            {rejected.map((entry) => (
              <li key={entry.seq} data-testid="rejected-item">
                {t('sync.rejectedItem', {
                  what: t(`mutation.${entry.name}`),
                  seq: entry.seq,
                  reason: t(errorKey(entry.code ?? 'invalid-mutation')),
                })}
              </li>
            ))}
          </ul>
        </Notice>
      )}
    </>
  );
};

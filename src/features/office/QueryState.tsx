import { errorKey, useT } from '../../app/i18n';
import { Notice } from '../../ui/Notice';
import type { OfficeQuery } from './use-office-query';

/** The non-data states every office screen shows the same way. */
export const QueryState = ({ query }: { query: Exclude<OfficeQuery<unknown>, { status: 'ok' }> }) => {
  const t = useT();
  if (query.status === 'loading') return <p className="loading">{t('office.loading')}</p>;
  if (query.status === 'offline') {
    return (
      <Notice tone="warn" testId="office-offline">
        {t('office.offline')}
      </Notice>
    );
  }
  return <Notice tone="error">{t(errorKey(query.code))}</Notice>;
};

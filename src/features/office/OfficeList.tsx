import { useT } from '../../app/i18n';
import { href, useHashQuery } from '../../app/router';
import { Notice } from '../../ui/Notice';
import { QueueResponse } from './office-api';
import { QueryState } from './QueryState';
import { QueueFilters } from './QueueFilters';
import { filtersToHash, PAGE_SIZE, queuePath, readFilters } from './queue-filters';
import { QueueRow } from './QueueRow';
import { useOfficeQuery } from './use-office-query';

/** The review queue (#/office). The server orders it: failed and near ex-factory first. */
export const OfficeList = () => {
  const t = useT();
  const hashQuery = useHashQuery();
  const { values, cursor } = readFilters(hashQuery);
  const query = useOfficeQuery(queuePath(values, cursor), QueueResponse);
  return (
    <section>
      <h1>{t('office.title')}</h1>
      {/* Keyed by the hash so "clear" and back/forward reset the form to what the URL says. */}
      <QueueFilters key={hashQuery} initial={values} />
      {query.status !== 'ok' ? (
        <QueryState query={query} />
      ) : query.data.items.length === 0 ? (
        <Notice>{t('office.empty')}</Notice>
      ) : (
        <>
          <div className="table-scroll">
            <table className="table office-table" data-testid="office-queue">
              <thead>
                <tr>
                  <th>{t('office.po')}</th>
                  <th>{t('office.style')}</th>
                  <th>{t('office.factory')}</th>
                  <th>{t('office.inspector')}</th>
                  <th>{t('office.stage')}</th>
                  <th>{t('office.started')}</th>
                  <th>{t('severity.critical')}</th>
                  <th>{t('severity.major')}</th>
                  <th>{t('severity.minor')}</th>
                  <th>{t('office.total')}</th>
                  <th>{t('office.photos')}</th>
                  <th>{t('office.result')}</th>
                  <th>{t('office.decision')}</th>
                  <th>{t('office.flags')}</th>
                </tr>
              </thead>
              <tbody>
                {query.data.items.map((item) => (
                  <QueueRow key={item.inspection.id} item={item} />
                ))}
              </tbody>
            </table>
          </div>
          <nav className="queue-paging">
            {cursor > 0 && (
              <a
                className="btn"
                data-testid="queue-prev"
                href={href.office(filtersToHash(values, Math.max(0, cursor - PAGE_SIZE)))}
              >
                {t('office.page.prev')}
              </a>
            )}
            {query.data.nextCursor !== null && (
              <a
                className="btn"
                data-testid="queue-next"
                href={href.office(filtersToHash(values, query.data.nextCursor))}
              >
                {t('office.page.next')}
              </a>
            )}
          </nav>
        </>
      )}
    </section>
  );
};

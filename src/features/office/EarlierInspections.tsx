import { useFormatDateTime, useT } from '../../app/i18n';
import { href } from '../../app/router';
import { DecisionBadge, ResultBadge } from './Badges';
import { OrderRecordResponse } from './office-api';
import { QueryState } from './QueryState';
import { useOfficeQuery } from './use-office-query';

/** Every other inspection of the same order, so a re-inspection is read beside what it re-checks. */
export const EarlierInspections = ({ orderId, currentId }: { orderId: string; currentId: string }) => {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const query = useOfficeQuery(`/api/office/orders/${encodeURIComponent(orderId)}`, OrderRecordResponse);
  const others =
    query.status === 'ok' ? query.data.inspections.filter((i) => i.inspection.id !== currentId) : [];
  return (
    <div className="card" data-testid="earlier-inspections">
      <h2>{t('office.earlier')}</h2>
      {query.status !== 'ok' ? (
        <QueryState query={query} />
      ) : others.length === 0 ? (
        <p className="muted">{t('office.earlier.none')}</p>
      ) : (
        <ul className="plain-list">
          {others.map((item) => (
            <li key={item.inspection.id} data-testid="earlier-inspection">
              <a href={href.officeInspection(item.inspection.id)}>
                {t(`stage.${item.inspection.stage}`)} · {formatDateTime(item.inspection.startedAt)}
              </a>{' '}
              <ResultBadge result={item.computedResult} /> <DecisionBadge decision={item.latestDecision} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};

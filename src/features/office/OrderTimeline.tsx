import { useFormatDateTime, useT } from '../../app/i18n';
import { href, navigate } from '../../app/router';
import { DecisionBadge, FlagBadges, ResultBadge } from './Badges';
import type { QueueItem } from './office-api';

/** Every inspection of the order, oldest first: the order's story from fabric to container. */
export const OrderTimeline = ({ items }: { items: QueueItem[] }) => {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const sorted = [...items].sort((a, b) => a.inspection.startedAt.localeCompare(b.inspection.startedAt));
  return (
    <div className="card">
      <h2>{t('office.timeline')}</h2>
      {sorted.length === 0 ? (
        <p className="muted">{t('office.timeline.none')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>{t('office.started')}</th>
              <th>{t('office.stage')}</th>
              <th>{t('office.inspector')}</th>
              <th>{t('office.total')}</th>
              <th>{t('office.result')}</th>
              <th>{t('office.decision')}</th>
              <th>{t('office.flags')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((item) => (
              <tr
                key={item.inspection.id}
                className="clickable"
                data-testid="order-timeline-row"
                data-inspection-id={item.inspection.id}
                onClick={() => navigate(href.officeInspection(item.inspection.id))}
              >
                <td>
                  <a href={href.officeInspection(item.inspection.id)}>
                    {formatDateTime(item.inspection.startedAt)}
                  </a>
                </td>
                <td>{t(`stage.${item.inspection.stage}`)}</td>
                <td>{item.inspector.displayName}</td>
                <td className="num">{item.defectCounts.total}</td>
                <td>
                  <ResultBadge result={item.computedResult} />
                </td>
                <td>
                  <DecisionBadge decision={item.latestDecision} />
                </td>
                <td>
                  <FlagBadges flags={item.flags} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
};

import { useBilingual, useFormatDateTime, useT } from '../../app/i18n';
import { href, navigate } from '../../app/router';
import { DecisionBadge, FlagBadges, ResultBadge } from './Badges';
import type { QueueItem } from './office-api';

/** One queue row; the whole row opens the report (the PO link keeps it keyboard-reachable). */
export const QueueRow = ({ item }: { item: QueueItem }) => {
  const t = useT();
  const text = useBilingual();
  const formatDateTime = useFormatDateTime();
  const { inspection, order, factory, inspector, defectCounts, photos } = item;
  return (
    <tr
      className="clickable"
      data-testid="office-inspection-row"
      data-inspection-id={inspection.id}
      data-defect-count={defectCounts.total}
      data-result={item.computedResult}
      data-decision={item.latestDecision?.decision ?? 'none'}
      onClick={() => navigate(href.officeInspection(inspection.id))}
    >
      <td>
        <a href={href.officeInspection(inspection.id)}>{order.po}</a>
        <div className="muted small">{t('office.exFactory', { date: order.exFactoryDate })}</div>
      </td>
      <td>
        {order.styleCode} · {text(order.styleName)}
      </td>
      <td>{text(factory.name)}</td>
      <td>{inspector.displayName}</td>
      <td>{t(`stage.${inspection.stage}`)}</td>
      <td>{formatDateTime(inspection.startedAt)}</td>
      <td className="num">{defectCounts.critical}</td>
      <td className="num">{defectCounts.major}</td>
      <td className="num">{defectCounts.minor}</td>
      <td className="num">
        <strong>{defectCounts.total}</strong>
      </td>
      <td className="num" data-testid="queue-photos">
        {photos.present}/{photos.total}
      </td>
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
  );
};

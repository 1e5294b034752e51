import { useBilingual, useFormatDateTime, useT } from '../../app/i18n';
import { href } from '../../app/router';
import type { Inspection, Order } from '../../shared/schema';

interface Props {
  inspection: Inspection;
  order: Order | undefined;
  testId: 'resume-inspection' | 'recent-inspection';
}

/** One inspection on the start screen: a whole-row link with order, stage and time. */
export const InspectionRow = ({ inspection, order, testId }: Props) => {
  const t = useT();
  const text = useBilingual();
  const formatDateTime = useFormatDateTime();
  const time = inspection.submittedAt ?? inspection.startedAt;
  return (
    <li>
      <a
        className="card home-inspection"
        href={href.inspection(inspection.id)}
        data-testid={testId}
        data-inspection-id={inspection.id}
      >
        <span className="order-po">{order ? order.po : t('home.unknownOrder')}</span>
        {order && (
          <span className="order-style">
            {order.styleCode} · {text(order.styleName)}
          </span>
        )}
        <span className="order-meta">
          <span className="tag">{t(`stage.${inspection.stage}`)}</span>
          <span className="muted small">
            {t(inspection.submittedAt ? 'home.submitted' : 'home.started', { time: formatDateTime(time) })}
          </span>
        </span>
      </a>
    </li>
  );
};

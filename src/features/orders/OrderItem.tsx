import { useBilingual, useFormatDateTime, useT } from '../../app/i18n';
import { href } from '../../app/router';
import type { Factory, Inspection, Order } from '../../shared/schema';

interface Props {
  order: Order;
  factory: Factory | undefined;
  /** This order's inspections still in progress on the phone, to resume. */
  inspections: Inspection[];
}

export const OrderItem = ({ order, factory, inspections }: Props) => {
  const t = useT();
  const text = useBilingual();
  const formatDateTime = useFormatDateTime();
  return (
    <li className="card order-item" data-testid="order-item" data-order-id={order.id}>
      <a className="order-link" href={href.order(order.id)}>
        <span className="order-po">{order.po}</span>
        <span className="order-style">
          {order.styleCode} · {text(order.styleName)}
        </span>
        <span className="muted">
          {order.customer} · {factory ? text(factory.name) : '—'}
        </span>
        <span className="order-meta">
          <span className="tag">{t(`stage.${order.currentStage}`)}</span>
          <span className="muted">{t('orders.exFactory', { date: order.exFactoryDate })}</span>
        </span>
      </a>
      {inspections.length > 0 && (
        <ul className="resume-list" aria-label={t('orders.openInspections')}>
          {inspections.map((inspection) => (
            <li key={inspection.id}>
              <a
                className="btn btn-small"
                href={href.inspection(inspection.id)}
                data-testid="resume-inspection"
              >
                {t('orders.resume')}: {t(`stage.${inspection.stage}`)} ·{' '}
                {formatDateTime(inspection.startedAt)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
};

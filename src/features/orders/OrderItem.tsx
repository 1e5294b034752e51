import { useBilingual, useT } from '../../app/i18n';
import { href } from '../../app/router';
import type { Factory, Order } from '../../shared/schema';

interface Props {
  order: Order;
  factory: Factory | undefined;
}

/** One cached order; resuming inspections moved to the start screen's "in progress" list. */
export const OrderItem = ({ order, factory }: Props) => {
  const t = useT();
  const text = useBilingual();
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
    </li>
  );
};

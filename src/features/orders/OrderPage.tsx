import { useBilingual, useT } from '../../app/i18n';
import { href } from '../../app/router';
import { useFactory, useOrder } from '../../db/hooks';
import { orderQuantity, type Order, type Stage, type User } from '../../shared/schema';
import { Notice } from '../../ui/Notice';
import { QuantityTable } from './QuantityTable';
import { StartInspectionForm } from './StartInspectionForm';

/** `stage` presets the start form, e.g. when the inspector starts an office assignment. */
export const OrderPage = ({ id, user, stage }: { id: string; user: User; stage?: Stage }) => {
  const t = useT();
  const order = useOrder(id);
  if (order === undefined) return <p className="loading">{t('app.loading')}</p>;
  if (order === null) return <Notice tone="error">{t('order.notFound')}</Notice>;
  return (
    <section>
      <a href={href.orders()} className="back">
        ← {t('common.back')}
      </a>
      <OrderDetails order={order} />
      <QuantityTable order={order} />
      <StartInspectionForm order={order} user={user} stage={stage} />
    </section>
  );
};

const OrderDetails = ({ order }: { order: Order }) => {
  const t = useT();
  const text = useBilingual();
  const factory = useFactory(order.factoryId);
  const aql = order.aqlPreset;
  return (
    <div className="card">
      <h1 className="order-po">{order.po}</h1>
      <p className="order-style">
        {order.styleCode} · {text(order.styleName)}
      </p>
      <dl className="details">
        <dt>{t('order.customer')}</dt>
        <dd>{order.customer}</dd>
        <dt>{t('order.factory')}</dt>
        <dd>{factory ? text(factory.name) : '—'}</dd>
        <dt>{t('order.stage')}</dt>
        <dd>{t(`stage.${order.currentStage}`)}</dd>
      </dl>
      <p className="muted">{t('orders.exFactory', { date: order.exFactoryDate })}</p>
      <p className="muted">
        {t('order.aql', {
          level: aql.level,
          critical: aql.critical ?? t('order.aqlZero'),
          major: aql.major,
          minor: aql.minor,
        })}
      </p>
      <p className="muted">
        {t('order.total')}: {orderQuantity(order)}
      </p>
    </div>
  );
};

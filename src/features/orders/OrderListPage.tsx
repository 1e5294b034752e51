import { useMemo, useState } from 'react';
import { useT } from '../../app/i18n';
import { useFactories, useOrders } from '../../db/hooks';
import { Notice } from '../../ui/Notice';
import { OrderItem } from './OrderItem';
import { orderMatches } from './order-search';

/** Every pulled order, searchable by PO, style (zh/en) or factory, readable offline (on the start screen). */
export const OrderListPage = () => {
  const t = useT();
  const orders = useOrders();
  const factories = useFactories();
  const [query, setQuery] = useState('');

  const factoryById = useMemo(() => new Map((factories ?? []).map((f) => [f.id, f])), [factories]);
  if (!orders) return <p className="loading">{t('app.loading')}</p>;
  const visible = orders.filter((order) => orderMatches(order, factoryById.get(order.factoryId), query));
  return (
    <section>
      <h2>{t('orders.title')}</h2>
      <input
        type="search"
        className="search"
        data-testid="order-search"
        placeholder={t('orders.search')}
        aria-label={t('orders.search')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {orders.length === 0 && <Notice>{t('orders.empty')}</Notice>}
      {orders.length > 0 && visible.length === 0 && <Notice>{t('orders.noMatch')}</Notice>}
      <ul className="order-list" data-testid="order-list">
        {visible.map((order) => (
          <OrderItem key={order.id} order={order} factory={factoryById.get(order.factoryId)} />
        ))}
      </ul>
    </section>
  );
};

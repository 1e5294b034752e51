import { useMemo, useState } from 'react';
import { useT } from '../../app/i18n';
import { useFactories, useOpenInspections, useOrders } from '../../db/hooks';
import type { Inspection } from '../../shared/schema';
import { Notice } from '../../ui/Notice';
import { OrderItem } from './OrderItem';
import { orderMatches } from './order-search';

/** The inspector's home: every pulled order, searchable, readable offline. */
export const OrderListPage = () => {
  const t = useT();
  const orders = useOrders();
  const factories = useFactories();
  const inspections = useOpenInspections();
  const [query, setQuery] = useState('');

  const factoryById = useMemo(() => new Map((factories ?? []).map((f) => [f.id, f])), [factories]);
  const inspectionsByOrder = useMemo(() => {
    const byOrder = new Map<string, Inspection[]>();
    for (const inspection of inspections ?? []) {
      byOrder.set(inspection.orderId, [...(byOrder.get(inspection.orderId) ?? []), inspection]);
    }
    return byOrder;
  }, [inspections]);

  if (!orders) return <p className="loading">{t('app.loading')}</p>;
  const visible = orders.filter((order) => orderMatches(order, factoryById.get(order.factoryId), query));
  return (
    <section>
      <h1>{t('orders.title')}</h1>
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
          <OrderItem
            key={order.id}
            order={order}
            factory={factoryById.get(order.factoryId)}
            inspections={inspectionsByOrder.get(order.id) ?? []}
          />
        ))}
      </ul>
    </section>
  );
};

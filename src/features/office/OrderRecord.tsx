import { useState } from 'react';
import { useBilingual, useT } from '../../app/i18n';
import { href } from '../../app/router';
import { QuantityTable } from '../orders/QuantityTable';
import { AssignForm } from './AssignForm';
import { AssignmentList } from './AssignmentList';
import { FlagBadges } from './Badges';
import { OrderRecordResponse, type OrderRecordResponse as Record } from './office-api';
import { OrderTimeline } from './OrderTimeline';
import { QueryState } from './QueryState';
import { useOfficeQuery } from './use-office-query';

/** Everything the office knows about one order (#/office/orders/:id), and where to plan the next visit. */
export const OrderRecord = ({ id }: { id: string }) => {
  const t = useT();
  // Bumped after an assignment is created or cancelled: the list refetches.
  const [version, setVersion] = useState(0);
  const query = useOfficeQuery(`/api/office/orders/${encodeURIComponent(id)}`, OrderRecordResponse);
  return (
    <section data-testid="order-record" data-order-id={id}>
      <a href={href.office()} className="back">
        ← {t('common.back')}
      </a>
      {query.status !== 'ok' ? (
        <QueryState query={query} />
      ) : (
        <>
          <OrderFacts record={query.data} />
          <QuantityTable order={query.data.order} />
          <OrderTimeline items={query.data.inspections} />
          <OpenRectifications record={query.data} />
          <div className="office-columns-even">
            <AssignForm order={query.data.order} onCreated={() => setVersion((v) => v + 1)} />
            <AssignmentList orderId={id} version={version} onChanged={() => setVersion((v) => v + 1)} />
          </div>
        </>
      )}
    </section>
  );
};

const OrderFacts = ({ record }: { record: Record }) => {
  const t = useT();
  const text = useBilingual();
  const { order, factory, specSheet, checklist } = record;
  const flags = [...new Set(record.inspections.flatMap((i) => i.flags))];
  return (
    <div className="card">
      <h1 className="order-po">{order.po}</h1>
      <p className="order-style">
        {order.styleCode} · {text(order.styleName)}
      </p>
      <dl className="details">
        <dt>{t('office.customer')}</dt>
        <dd>{order.customer}</dd>
        <dt>{t('office.factory')}</dt>
        <dd>{text(factory.name)}</dd>
        <dt>{t('office.exFactoryLabel')}</dt>
        <dd>{order.exFactoryDate}</dd>
        <dt>{t('office.stage')}</dt>
        <dd>{t(`stage.${order.currentStage}`)}</dd>
        <dt>{t('office.specSheet')}</dt>
        <dd>{specSheet ? `${specSheet.styleCode} · v${specSheet.version}` : '—'}</dd>
        <dt>{t('office.checklist')}</dt>
        <dd>{checklist ? `${text(checklist.name)} · v${checklist.version}` : '—'}</dd>
      </dl>
      {flags.length > 0 && (
        <p>
          <FlagBadges flags={flags} />
        </p>
      )}
    </div>
  );
};

const OpenRectifications = ({ record }: { record: Record }) => {
  const t = useT();
  return (
    <div className="card">
      <h2>{t('office.openRectifications')}</h2>
      {record.openRectifications.length === 0 ? (
        <p className="muted">{t('office.noRectifications')}</p>
      ) : (
        <ul className="plain-list">
          {record.openRectifications.map((r) => (
            <li key={r.id} data-testid="open-rectification">
              {r.text} · {r.owner} · {t('office.due', { date: r.dueDate })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};

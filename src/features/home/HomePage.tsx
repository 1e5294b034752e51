import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useT } from '../../app/i18n';
import { useDb } from '../../db/context';
import { useOrders } from '../../db/hooks';
import type { Order, User } from '../../shared/schema';
import { AssignedSection } from '../assignments/AssignedSection';
import { OrderListPage } from '../orders/OrderListPage';
import './home.css';
import { homeLists, RECENT_DAYS } from './home-lists';
import { InspectionRow } from './InspectionRow';

/**
 * The inspector's start screen: what to resume, what was recently submitted, then every order
 * on the phone, with what the office assigned to this inspector on top.
 */
export const HomePage = ({ user }: { user: User }) => {
  const t = useT();
  const db = useDb();
  const lists = useLiveQuery(() => homeLists(db, user.id, new Date()), [db, user.id]);
  const orders = useOrders();
  const orderById = useMemo(() => new Map<string, Order>((orders ?? []).map((o) => [o.id, o])), [orders]);
  return (
    <>
      <h1>{t('home.title')}</h1>
      <AssignedSection user={user} />
      {lists && (
        <section className="home-section">
          <h2>{t('home.inProgress', { count: lists.inProgress.length })}</h2>
          {lists.inProgress.length === 0 && <p className="muted">{t('home.noneInProgress')}</p>}
          <ul className="home-list" data-testid="home-in-progress">
            {lists.inProgress.map((inspection) => (
              <InspectionRow
                key={inspection.id}
                inspection={inspection}
                order={orderById.get(inspection.orderId)}
                testId="resume-inspection"
              />
            ))}
          </ul>
        </section>
      )}
      {lists && (
        <section className="home-section">
          <h2>{t('home.recent', { days: RECENT_DAYS })}</h2>
          {lists.recent.length === 0 && (
            <p className="muted">{t('home.noneRecent', { days: RECENT_DAYS })}</p>
          )}
          <ul className="home-list" data-testid="home-recent">
            {lists.recent.map((inspection) => (
              <InspectionRow
                key={inspection.id}
                inspection={inspection}
                order={orderById.get(inspection.orderId)}
                testId="recent-inspection"
              />
            ))}
          </ul>
        </section>
      )}
      <OrderListPage />
    </>
  );
};

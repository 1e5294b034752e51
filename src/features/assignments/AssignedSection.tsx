import { useLiveQuery } from 'dexie-react-hooks';
import { useBilingual, useT } from '../../app/i18n';
import { href, navigate } from '../../app/router';
import { useDb } from '../../db/context';
import type { User } from '../../shared/schema';
import { assignedToMe } from './assigned-list';

/** "Assigned to me" on the start screen: what the office planned, each one tap from its start form. */
export const AssignedSection = ({ user }: { user: User }) => {
  const t = useT();
  const text = useBilingual();
  const db = useDb();
  const items = useLiveQuery(() => assignedToMe(db, user.id), [db, user.id]);
  if (!items) return null;
  return (
    <section className="home-section">
      <h2>{t('assignments.title', { count: items.length })}</h2>
      {items.length === 0 && <p className="muted">{t('assignments.none')}</p>}
      <ul className="home-list" data-testid="home-assigned">
        {items.map(({ assignment, order }) => (
          <li
            key={assignment.id}
            className="card home-assigned"
            data-testid="assigned-item"
            data-assignment-id={assignment.id}
            data-order-id={assignment.orderId}
          >
            <span className="order-po">{order ? order.po : t('home.unknownOrder')}</span>
            {order && (
              <span className="order-style">
                {order.styleCode} · {text(order.styleName)}
              </span>
            )}
            <span className="order-meta">
              <span className="tag">{t(`stage.${assignment.stage}`)}</span>
              <span className="muted small">
                {t('assignments.planned', { date: assignment.plannedDate })}
              </span>
            </span>
            {assignment.note && <span className="small">{assignment.note}</span>}
            <button
              type="button"
              className="btn btn-primary"
              data-testid="start-assigned"
              disabled={!order}
              onClick={() => navigate(href.order(assignment.orderId, { stage: assignment.stage }))}
            >
              {t('assignments.start')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
};

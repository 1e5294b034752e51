import { useState } from 'react';
import { errorKey, useT, type MessageKey } from '../../app/i18n';
import { z } from 'zod';
import { AssignmentsResponse } from './office-api';
import { QueryState } from './QueryState';
import { officePost, useOfficeQuery } from './use-office-query';
import { useInspectors } from './use-inspectors';

const Anything = z.unknown();

interface Props {
  orderId: string;
  version: number;
  onChanged: () => void;
}

/** The order's planned inspections; a cancelled one stays listed (struck through) for the record. */
export const AssignmentList = ({ orderId, version, onChanged }: Props) => {
  const t = useT();
  const inspectors = useInspectors();
  const [error, setError] = useState<MessageKey | null>(null);
  const query = useOfficeQuery(
    `/api/office/assignments?orderId=${encodeURIComponent(orderId)}`,
    AssignmentsResponse,
    version,
  );
  const nameOf = (id: string) => inspectors.find((u) => u.id === id)?.displayName ?? '—';
  const cancel = async (id: string) => {
    const result = await officePost(`/api/office/assignments/${encodeURIComponent(id)}/cancel`, {}, Anything);
    setError(result.ok ? null : errorKey(result.code));
    if (result.ok) onChanged();
  };
  return (
    <div className="card" data-testid="assignment-list">
      <h2>{t('office.assignments')}</h2>
      {error && (
        <p className="field-error" role="alert">
          {t(error)}
        </p>
      )}
      {query.status !== 'ok' ? (
        <QueryState query={query} />
      ) : query.data.length === 0 ? (
        <p className="muted">{t('office.assignments.none')}</p>
      ) : (
        <ul className="plain-list">
          {query.data.map((a) => (
            <li
              key={a.id}
              data-testid="assignment-row"
              data-assignment-id={a.id}
              data-cancelled={a.cancelledAt !== null}
              className={a.cancelledAt ? 'cancelled' : undefined}
            >
              {a.plannedDate} · {t(`stage.${a.stage}`)} · {nameOf(a.inspectorId)}
              {a.note && <> · {a.note}</>}
              {a.cancelledAt ? (
                <span className="muted small"> · {t('office.assignments.cancelled')}</span>
              ) : (
                <button
                  type="button"
                  className="btn btn-small"
                  data-testid="assignment-cancel"
                  onClick={() => void cancel(a.id)}
                >
                  {t('office.assignments.cancel')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};

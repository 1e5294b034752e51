import { useFormatDateTime, useT } from '../../app/i18n';
import { DecisionKind } from '../../shared/schema';
import { AuditResponse, type AuditEntry } from './office-api';
import { QueryState } from './QueryState';
import { useOfficeQuery } from './use-office-query';

/** Who decided or reopened what and when, newest last, as the server recorded it. */
export const AuditTrail = ({ inspectionId, version }: { inspectionId: string; version: number }) => {
  const t = useT();
  const query = useOfficeQuery(
    `/api/office/inspections/${encodeURIComponent(inspectionId)}/audit`,
    AuditResponse,
    version,
  );
  return (
    <div className="card" data-testid="audit-trail">
      <h2>{t('office.audit')}</h2>
      {query.status !== 'ok' ? (
        <QueryState query={query} />
      ) : query.data.entries.length === 0 ? (
        <p className="muted">{t('office.audit.none')}</p>
      ) : (
        <ol className="audit-list">
          {query.data.entries.map((entry, index) => (
            <Entry key={`${entry.at}-${index}`} entry={entry} />
          ))}
        </ol>
      )}
    </div>
  );
};

const Entry = ({ entry }: { entry: AuditEntry }) => {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  // `detail` is open-ended in the contract; only the fields the office needs are read from it.
  const decision = DecisionKind.safeParse(entry.detail.decision);
  const comment = typeof entry.detail.comment === 'string' ? entry.detail.comment : '';
  return (
    <li data-testid="audit-entry" data-action={entry.action}>
      <span className="muted small">{formatDateTime(entry.at)}</span> · {entry.actor.displayName} ·{' '}
      <strong>
        {entry.action === 'reopen'
          ? t('office.audit.reopen')
          : decision.success
            ? t(`decision.${decision.data}`)
            : t('office.decision')}
      </strong>
      {comment && <> · {comment}</>}
    </li>
  );
};

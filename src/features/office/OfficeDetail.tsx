import { useBilingual, useFormatDateTime, useT } from '../../app/i18n';
import { href } from '../../app/router';
import { useDefectLibrary } from '../../db/hooks';
import type { Defect, DefectLibrary } from '../../shared/schema';
import { OfficeDetailResponse } from './office-api';
import { QueryState } from './QueryState';
import { useOfficeQuery } from './use-office-query';

export const OfficeDetail = ({ id }: { id: string }) => {
  const t = useT();
  const text = useBilingual();
  const formatDateTime = useFormatDateTime();
  const query = useOfficeQuery(`/api/office/inspections/${encodeURIComponent(id)}`, OfficeDetailResponse);
  // Defect names come from the pinned library when this device has pulled it; else the code alone.
  const library = useDefectLibrary(query.status === 'ok' ? query.data.inspection.defectLibraryId : undefined);
  return (
    <section>
      <a href={href.office()} className="back">
        ← {t('common.back')}
      </a>
      {query.status !== 'ok' ? (
        <QueryState query={query} />
      ) : (
        <>
          <div className="card">
            <h1>
              {query.data.order.po} · {query.data.order.styleCode} · {text(query.data.order.styleName)}
            </h1>
            <p>
              <span className="tag">{t(`stage.${query.data.inspection.stage}`)}</span>{' '}
              {text(query.data.factory.name)} · {query.data.inspector.displayName} ·{' '}
              {formatDateTime(query.data.inspection.startedAt)}
            </p>
            <p className="muted">
              {t('office.lotSize', {
                lot: query.data.inspection.lotSize,
                cartons: query.data.inspection.cartons,
              })}
            </p>
          </div>
          <DefectTable defects={query.data.defects} library={library ?? null} />
        </>
      )}
    </section>
  );
};

const DefectTable = ({ defects, library }: { defects: Defect[]; library: DefectLibrary | null }) => {
  const t = useT();
  const text = useBilingual();
  const nameOf = (code: string) => {
    const type = library?.defects.find((d) => d.code === code);
    return type ? text(type.name) : '';
  };
  return (
    <div className="card">
      <h2>{t('office.defects')}</h2>
      {defects.length === 0 ? (
        <p className="muted">{t('office.noDefects')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>{t('office.code')}</th>
              <th>{t('office.defect')}</th>
              <th>{t('office.severity')}</th>
              <th>{t('office.quantity')}</th>
            </tr>
          </thead>
          <tbody>
            {defects.map((defect) => (
              <tr key={defect.id} data-testid="office-defect-row" data-code={defect.code}>
                <td>{defect.code}</td>
                <td>{nameOf(defect.code)}</td>
                <td>{t(`severity.${defect.severity}`)}</td>
                <td>{defect.quantity}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
};

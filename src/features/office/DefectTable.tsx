import { useBilingual, useT } from '../../app/i18n';
import type { Defect, DefectLibrary } from '../../shared/schema';

/** A compact list of live defects beside the report, for review at a glance. */
export const DefectTable = ({ defects, library }: { defects: Defect[]; library: DefectLibrary | null }) => {
  const t = useT();
  const text = useBilingual();
  const nameOf = (code: string) => {
    const type = library?.defects.find((d) => d.code === code);
    return type ? text(type.name) : '';
  };
  const live = defects.filter((d) => d.deletedAt === null);
  return (
    <div className="card">
      <h2>{t('office.defects')}</h2>
      {live.length === 0 ? (
        <p className="muted">{t('office.noDefects')}</p>
      ) : (
        <div className="table-scroll">
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
              {live.map((defect) => (
                <tr key={defect.id} data-testid="office-defect-row" data-code={defect.code}>
                  <td>{defect.code}</td>
                  <td>{nameOf(defect.code)}</td>
                  <td>{t(`severity.${defect.severity}`)}</td>
                  <td className="num">{defect.quantity}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
};

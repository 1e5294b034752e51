import { useT } from '../../app/i18n';
import { Severity, type Defect } from '../../shared/schema';
import { defectTotals } from './defect-totals';

/** Running totals per class and the number of live defect records (`defect-total`). */
export const DefectTotals = ({ defects }: { defects: Defect[] }) => {
  const t = useT();
  const totals = defectTotals(defects);
  return (
    <div className="totals" aria-live="polite">
      {Severity.options.map((severity) => (
        <span key={severity} className={`total total-${severity}`} data-testid={`total-${severity}`}>
          {t(`severity.${severity}`)} <strong>{totals[severity]}</strong>
        </span>
      ))}
      <span className="total">
        {t('inspection.total')} <strong data-testid="defect-total">{defects.length}</strong>
      </span>
    </div>
  );
};

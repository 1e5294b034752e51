import { useT } from '../../app/i18n';
import './plans.css';
import { DEFECT_CLASSES, REDUCED_INSPECTION_SOURCE } from '../../shared/domain';
import type { AqlPreset } from '../../shared/schema';
import type { PlanResult } from './plan-config';

/** The sampling plans: code letter, sample size and Ac/Re per defect class. */
export const PlanTable = ({ result, aql }: { result: PlanResult; aql: AqlPreset }) => {
  const t = useT();
  if (!result.plans) {
    return (
      <p className="field-error" data-testid="plan-table" data-error={result.error}>
        {t(result.error === 'invalid-lot-size' ? 'plans.error.lotSize' : 'plans.error.other')}
      </p>
    );
  }
  const { plans } = result;
  const full = DEFECT_CLASSES.some((cls) => plans.workmanship[cls].fullInspection);
  return (
    <div className="plan-table" data-testid="plan-table" data-mode={plans.inspection}>
      <p className="plan-summary">
        <span className="tag">{t(`plans.mode.${plans.inspection}`)}</span>{' '}
        {t('plans.summary', { level: aql.level, letter: plans.codeLetter, n: plans.workmanshipSampleSize })}
        {full && (
          <strong className="plan-full" data-testid="plan-full">
            {' '}
            {t('plans.fullInspection')}
          </strong>
        )}
      </p>
      {plans.inspection === 'reduced' && <p className="muted small">{REDUCED_INSPECTION_SOURCE}</p>}
      <table className="plan-grid">
        <thead>
          <tr>
            <th scope="col">{t('plans.class')}</th>
            <th scope="col">{t('plans.aql')}</th>
            <th scope="col">{t('plans.sample')}</th>
            <th scope="col">Ac</th>
            <th scope="col">Re</th>
          </tr>
        </thead>
        <tbody>
          {DEFECT_CLASSES.map((cls) => {
            const plan = plans.workmanship[cls];
            return (
              <tr
                key={cls}
                data-testid="plan-row"
                data-class={cls}
                data-sample={plan.sampleSize}
                data-ac={plan.acceptNumber}
                data-re={plan.rejectNumber}
              >
                <th scope="row" className={`total-${cls}`}>
                  {t(`severity.${cls}`)}
                </th>
                <td>{plan.aql === null ? t('plans.noneAllowed') : plan.aql}</td>
                <td>{plan.sampleSize}</td>
                <td>{plan.acceptNumber}</td>
                <td>{plan.rejectNumber}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};

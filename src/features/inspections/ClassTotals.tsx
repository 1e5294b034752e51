import { useT } from '../../app/i18n';
import { DEFECT_CLASSES, type InspectionPlans } from '../../shared/domain';
import type { Defect } from '../../shared/schema';
import { defectTotals } from '../defects/defect-totals';

/**
 * Running totals per class as "found / Re". A class turns red the moment found ≥ Re: that is
 * already a rejection (more units cannot lower the count), so the inspector should know at once.
 */
export const ClassTotals = ({ defects, plans }: { defects: Defect[]; plans: InspectionPlans | null }) => {
  const t = useT();
  const totals = defectTotals(defects);
  return (
    <div className="totals" aria-live="polite">
      {DEFECT_CLASSES.map((cls) => {
        const reject = plans?.workmanship[cls].rejectNumber;
        const rejected = reject !== undefined && totals[cls] >= reject;
        return (
          <span
            key={cls}
            className={`total total-${cls} class-total${rejected ? ' is-rejected' : ''}`}
            data-testid="class-total"
            data-class={cls}
            data-state={rejected ? 'rejected' : 'ok'}
          >
            {t(`severity.${cls}`)}{' '}
            <strong>{reject === undefined ? totals[cls] : `${totals[cls]} / ${reject}`}</strong>
            {rejected && <span className="class-total-flag"> {t('totals.rejected')}</span>}
          </span>
        );
      })}
      <span className="total">
        {t('inspection.total')} <strong data-testid="defect-total">{defects.length}</strong>
      </span>
    </div>
  );
};

import { useState } from 'react';
import { useT } from '../../app/i18n';
import type { Inspection } from '../../shared/schema';
import { CartonList } from './CartonList';
import { PlanEditor } from './PlanEditor';
import { PlanTable } from './PlanTable';
import { usePlans } from './use-plans';

/** The inspection's sampling plan, lot figures and cartons to open; editable until submitted. */
export const PlanSection = ({ inspection, locked }: { inspection: Inspection; locked: boolean }) => {
  const t = useT();
  const result = usePlans(inspection);
  const [editing, setEditing] = useState(false);
  return (
    <section className="card plan-section" aria-label={t('plans.title')}>
      <div className="section-head">
        <h2>{t('plans.title')}</h2>
        {!locked && !editing && (
          <button
            type="button"
            className="btn btn-small"
            data-testid="edit-plan"
            onClick={() => setEditing(true)}
          >
            {t('plans.edit')}
          </button>
        )}
      </div>
      <p className="muted small" data-testid="lot-figures">
        {t('plans.lot', { lot: inspection.lotSize, cartons: inspection.cartons })}
      </p>
      {inspection.planOverrideReason && (
        <p className="small">{t('plans.overridden', { reason: inspection.planOverrideReason })}</p>
      )}
      <PlanTable result={result} aql={inspection.aql} />
      {editing && !locked && <PlanEditor inspection={inspection} onDone={() => setEditing(false)} />}
      <CartonList inspection={inspection} />
    </section>
  );
};

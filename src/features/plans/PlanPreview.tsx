import { useT } from '../../app/i18n';
import type { AqlPreset } from '../../shared/schema';
import { computePlans } from './plan-config';
import { PlanTable } from './PlanTable';

/** The plans the start form's lot size gives with the order's preset, before anything is saved. */
export const PlanPreview = ({ lotSize, aql }: { lotSize: number; aql: AqlPreset }) => {
  const t = useT();
  return (
    <section className="plan-preview" aria-label={t('plans.title')}>
      <h3>{t('plans.title')}</h3>
      <PlanTable result={computePlans(lotSize, aql)} aql={aql} />
    </section>
  );
};

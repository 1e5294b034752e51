import { useState, type FormEvent } from 'react';
import { useT } from '../../app/i18n';
import { useDb } from '../../db/context';
import { useOrder } from '../../db/hooks';
import {
  InspectionLockedError,
  PlanReasonRequiredError,
  updateInspection,
} from '../../db/repositories/inspections';
import { AQL_SERIES, INSPECTION_LEVELS } from '../../shared/domain';
import type { Inspection } from '../../shared/schema';
import { planFormToPatch, toFormValues, type FormProblem, type PlanFormValues } from './plan-form';

/** Edits lot figures, level and AQL per class; saved as one inspection.update. */
export const PlanEditor = ({ inspection, onDone }: { inspection: Inspection; onDone: () => void }) => {
  const t = useT();
  const db = useDb();
  const order = useOrder(inspection.orderId);
  const [values, setValues] = useState<PlanFormValues>(() => toFormValues(inspection));
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof PlanFormValues) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));
  const invalid = (field: keyof PlanFormValues) => problems.some((p) => p.field === field);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const { patch, problems: found } = planFormToPatch(values, inspection, order?.aqlPreset ?? null);
    setProblems(found);
    if (found.length > 0) return;
    if (!patch) return onDone();
    setBusy(true);
    try {
      await updateInspection(db, inspection.id, patch);
      onDone();
    } catch (error) {
      const key =
        error instanceof InspectionLockedError
          ? 'plans.error.locked'
          : error instanceof PlanReasonRequiredError
            ? 'plans.error.reason'
            : 'plans.error.save';
      setProblems([{ field: 'reason', key }]);
    } finally {
      setBusy(false);
    }
  };

  const aqlSelect = (field: 'critical' | 'major' | 'minor') => (
    <label className="field">
      <span>{t(`plans.aqlOf`, { cls: t(`severity.${field}`) })}</span>
      <select value={values[field]} onChange={set(field)} data-testid={`plan-aql-${field}`}>
        {field === 'critical' && <option value="">{t('plans.noneAllowed')}</option>}
        {AQL_SERIES.map((aql) => (
          <option key={aql} value={String(aql)}>
            {aql}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form className="form plan-editor" onSubmit={(event) => void save(event)} noValidate>
      <div className="field-row">
        <label className="field">
          <span>{t('plans.lotSize')}</span>
          <input
            type="number"
            inputMode="numeric"
            data-testid="lot-size"
            aria-invalid={invalid('lotSize')}
            value={values.lotSize}
            onChange={set('lotSize')}
          />
        </label>
        <label className="field">
          <span>{t('plans.cartons')}</span>
          <input
            type="number"
            inputMode="numeric"
            data-testid="cartons"
            aria-invalid={invalid('cartons')}
            value={values.cartons}
            onChange={set('cartons')}
          />
        </label>
      </div>
      <label className="field">
        <span>{t('plans.level')}</span>
        <select value={values.level} onChange={set('level')} data-testid="plan-level">
          {INSPECTION_LEVELS.map((level) => (
            <option key={level} value={level}>
              {level}
            </option>
          ))}
        </select>
      </label>
      {aqlSelect('critical')}
      {aqlSelect('major')}
      {aqlSelect('minor')}
      <label className="field">
        <span>{t('plans.reason')}</span>
        <textarea
          rows={2}
          data-testid="plan-reason"
          aria-invalid={invalid('reason')}
          value={values.reason}
          onChange={set('reason')}
        />
      </label>
      {problems.length > 0 && (
        <p className="field-error" role="alert" data-testid="header-error">
          {problems.map((p) => `${t(`plans.field.${p.field}`)}: ${t(p.key, p.params)}`).join(' · ')}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="btn" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" data-testid="plan-save" disabled={busy}>
          {t('plans.save')}
        </button>
      </div>
    </form>
  );
};

import type { UseFormReturn } from 'react-hook-form';
import { useBilingual, useT } from '../../app/i18n';
import { useOrder } from '../../db/hooks';
import { Severity, type Inspection } from '../../shared/schema';
import { drawnCartons } from '../packing/drawn-cartons';
import type { DefectFormValues } from './defect-form';
import { GARMENT_LOCATIONS, locationKey } from './locations';

interface Props {
  form: UseFormReturn<DefectFormValues>;
  inspection: Inspection;
}

/** The editable fields of the defect sheet; colours and sizes come from the inspection's order. */
export const DefectSheetFields = ({ form, inspection }: Props) => {
  const t = useT();
  const text = useBilingual();
  const order = useOrder(inspection.orderId);
  const { register, watch, setValue } = form;
  const cartons = drawnCartons(inspection);
  // A value no longer on the order (office edited it) stays selectable rather than vanishing.
  const colours = order?.colours.map((c) => ({ value: c.code, label: text(c.name) })) ?? [];
  const colour = watch('colour');
  if (colour && !colours.some((c) => c.value === colour)) colours.push({ value: colour, label: colour });
  const sizes = [...(order?.sizes ?? [])];
  const size = watch('size');
  if (size && !sizes.includes(size)) sizes.push(size);

  return (
    <>
      <div className="sheet-row">
        <label className="field">
          <span>{t('defects.quantity')}</span>
          <input
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            data-testid="defect-qty"
            {...register('quantity')}
          />
        </label>
        <label className="field">
          <span>{t('defects.severity')}</span>
          <select data-testid="defect-severity" {...register('severity')}>
            {Severity.options.map((severity) => (
              <option key={severity} value={severity}>
                {t(`severity.${severity}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="sheet-row">
        <label className="field">
          <span>{t('defects.sample')}</span>
          <input
            type="number"
            inputMode="numeric"
            min={1}
            data-testid="defect-sample"
            {...register('sampleNo')}
          />
        </label>
        <label className="field">
          <span>{t('defects.carton')}</span>
          <input
            type="number"
            inputMode="numeric"
            min={1}
            data-testid="defect-carton"
            {...register('carton')}
          />
        </label>
      </div>
      {cartons.length > 0 && (
        <div className="chip-row" role="group" aria-label={t('defects.drawnCartons')}>
          {cartons.map((carton) => (
            <button
              key={carton}
              type="button"
              className={`btn btn-small chip${watch('carton') === String(carton) ? ' is-selected' : ''}`}
              data-testid="defect-carton-chip"
              data-carton={carton}
              onClick={() => setValue('carton', String(carton))}
            >
              {carton}
            </button>
          ))}
        </div>
      )}
      <div className="sheet-row">
        <label className="field">
          <span>{t('order.colour')}</span>
          <select data-testid="defect-colour" {...register('colour')}>
            <option value="">—</option>
            {colours.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('defects.size')}</span>
          <select data-testid="defect-size" {...register('size')}>
            <option value="">—</option>
            {sizes.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span>{t('defects.location')}</span>
        <select data-testid="defect-location" {...register('location')}>
          <option value="">—</option>
          {GARMENT_LOCATIONS.map((code) => (
            <option key={code} value={code}>
              {t(locationKey(code))}
            </option>
          ))}
        </select>
      </label>
      {watch('location') === 'other' && (
        <label className="field">
          <span>{t('defects.locationText')}</span>
          <input
            type="text"
            maxLength={80}
            data-testid="defect-location-text"
            {...register('locationText')}
          />
        </label>
      )}
      <label className="field">
        <span>{t('defects.note')}</span>
        <textarea rows={3} maxLength={2000} data-testid="defect-note" {...register('note')} />
      </label>
    </>
  );
};

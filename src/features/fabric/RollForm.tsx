import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useT } from '../../app/i18n';
import { useDb } from '../../db/context';
import { AddRollInput, addFabricRoll } from '../../db/repositories/fabric';
import type { FabricRoll } from '../../shared/schema';

/** The form is the repository's input minus the inspection the screen already knows. */
const FormSchema = AddRollInput.omit({ inspectionId: true });
type FormValues = z.infer<typeof FormSchema>;

/** Which message each invalid field shows: "above 0" says more than the generic "at least 0". */
const ERROR_KEY = {
  rollNo: 'fabric.error.rollNo',
  length: 'fabric.error.length',
  cuttableWidth: 'fabric.error.width',
} as const;

export const RollForm = ({
  inspectionId,
  onSaved,
}: {
  inspectionId: string;
  onSaved: (roll: FabricRoll) => void;
}) => {
  const t = useT();
  const db = useDb();
  const [failed, setFailed] = useState(false);
  const { register, handleSubmit, formState } = useForm<FormValues>({
    resolver: zodResolver(FormSchema),
    defaultValues: { rollNo: '', lengthUnit: 'yd', widthUnit: 'in' },
  });
  const onSubmit = async (values: FormValues) => {
    setFailed(false);
    try {
      onSaved(await addFabricRoll(db, { ...values, inspectionId }));
    } catch {
      setFailed(true);
    }
  };
  const error = (field: keyof typeof ERROR_KEY) =>
    formState.errors[field] && (
      <span className="field-error" data-testid="roll-error" data-field={field} role="alert">
        {t(ERROR_KEY[field])}
      </span>
    );

  return (
    <form className="card form roll-form" onSubmit={(e) => void handleSubmit(onSubmit)(e)} noValidate>
      <label className="field">
        <span>{t('fabric.rollNo')}</span>
        <input type="text" data-testid="roll-no" autoComplete="off" {...register('rollNo')} />
        {error('rollNo')}
      </label>
      <div className="measure-pair">
        <label className="field">
          <span>{t('fabric.length')}</span>
          <input
            type="number"
            inputMode="decimal"
            step="any"
            data-testid="roll-length"
            {...register('length', { valueAsNumber: true })}
          />
        </label>
        <select aria-label={t('fabric.unit')} data-testid="roll-length-unit" {...register('lengthUnit')}>
          <option value="yd">yd</option>
          <option value="m">m</option>
        </select>
      </div>
      {error('length')}
      <div className="measure-pair">
        <label className="field">
          <span>{t('fabric.width')}</span>
          <input
            type="number"
            inputMode="decimal"
            step="any"
            data-testid="roll-width"
            {...register('cuttableWidth', { valueAsNumber: true })}
          />
        </label>
        <select aria-label={t('fabric.unit')} data-testid="roll-width-unit" {...register('widthUnit')}>
          <option value="in">in</option>
          <option value="cm">cm</option>
        </select>
      </div>
      {error('cuttableWidth')}
      {failed && (
        <p className="field-error" role="alert" data-testid="roll-error" data-field="save">
          {t('fabric.error.save')}
        </p>
      )}
      <button
        type="submit"
        className="btn btn-primary btn-block"
        data-testid="roll-save"
        disabled={formState.isSubmitting}
      >
        {t('fabric.saveRoll')}
      </button>
    </form>
  );
};

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { errorKey, useT, type MessageKey } from '../../app/i18n';
import { formErrorMap } from '../../app/i18n/form-errors';
import { href, navigate } from '../../app/router';
import { useDb } from '../../db/context';
import { StartInspectionInput, UnknownOrderError } from '../../db/repositories/inspections';
import { orderQuantity, Stage, type Order, type User } from '../../shared/schema';
import { FieldError } from '../../ui/FieldError';
import { PlanPreview } from '../plans/PlanPreview';
import {
  ReinspectionLinkInvalidError,
  ReinspectionLinkRequiredError,
  startOrderInspection,
} from './reinspection';
import { ReinspectionSelect } from './ReinspectionSelect';

/** The form's fields are the repository's input minus what the screen already knows. */
const FormSchema = StartInspectionInput.pick({
  stage: true,
  lotSize: true,
  cartons: true,
  reinspectionOf: true,
});
type FormValues = z.infer<typeof FormSchema>;

interface Props {
  order: Order;
  user: User;
  /** Preset stage (an office assignment); the order's current stage otherwise. */
  stage?: Stage | undefined;
}

export const StartInspectionForm = ({ order, user, stage }: Props) => {
  const t = useT();
  const db = useDb();
  const [failure, setFailure] = useState<'unknown-local-record' | 'internal' | null>(null);
  const [linkError, setLinkError] = useState<MessageKey | null>(null);
  const { register, handleSubmit, formState, watch } = useForm<FormValues>({
    resolver: zodResolver(FormSchema, { error: formErrorMap }),
    defaultValues: {
      stage: stage ?? order.currentStage,
      lotSize: orderQuantity(order),
      cartons: 0,
      reinspectionOf: null,
    },
  });

  const onSubmit = async (values: FormValues) => {
    setFailure(null);
    setLinkError(null);
    try {
      const inspection = await startOrderInspection(db, {
        ...values,
        orderId: order.id,
        inspectorId: user.id,
      });
      navigate(href.inspection(inspection.id));
    } catch (error) {
      if (error instanceof ReinspectionLinkRequiredError) return setLinkError('orders.reinspectionRequired');
      if (error instanceof ReinspectionLinkInvalidError) return setLinkError('orders.reinspectionInvalid');
      setFailure(error instanceof UnknownOrderError ? 'unknown-local-record' : 'internal');
    }
  };

  return (
    <form className="card form" onSubmit={(event) => void handleSubmit(onSubmit)(event)} noValidate>
      <h2>{t('order.startTitle')}</h2>
      <label className="field">
        <span>{t('order.startStage')}</span>
        <select {...register('stage')} data-testid="start-stage">
          {Stage.options.map((stage) => (
            <option key={stage} value={stage}>
              {t(`stage.${stage}`)}
            </option>
          ))}
        </select>
      </label>
      {watch('stage') === 're_inspection' && (
        <ReinspectionSelect
          orderId={order.id}
          field={register('reinspectionOf', { setValueAs: (value: string | null) => value || null })}
          error={linkError}
        />
      )}
      <label className="field">
        <span>{t('order.lotSize')}</span>
        <input
          type="number"
          inputMode="numeric"
          data-testid="start-lot-size"
          {...register('lotSize', { valueAsNumber: true })}
        />
        <FieldError message={formState.errors.lotSize?.message} />
      </label>
      <label className="field">
        <span>{t('order.cartons')}</span>
        <input
          type="number"
          inputMode="numeric"
          data-testid="start-cartons"
          {...register('cartons', { valueAsNumber: true })}
        />
        <FieldError message={formState.errors.cartons?.message} />
      </label>
      {/* The plans follow the lot size as it is typed, with the order's AQL preset. */}
      <PlanPreview lotSize={watch('lotSize')} aql={order.aqlPreset} />
      {failure && (
        <p className="field-error" role="alert">
          {t(errorKey(failure))}
        </p>
      )}
      <button
        type="submit"
        className="btn btn-primary btn-block"
        data-testid="start-inspection"
        disabled={formState.isSubmitting}
      >
        {t('order.start')}
      </button>
    </form>
  );
};

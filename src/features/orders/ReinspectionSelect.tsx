import { useLiveQuery } from 'dexie-react-hooks';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useFormatDateTime, useT, type MessageKey } from '../../app/i18n';
import { useDb } from '../../db/context';
import { reinspectionCandidates } from './reinspection';

interface Props {
  orderId: string;
  field: UseFormRegisterReturn<'reinspectionOf'>;
  error: MessageKey | null;
}

/** Which failed inspection of this order the re-inspection re-checks (required for that stage). */
export const ReinspectionSelect = ({ orderId, field, error }: Props) => {
  const t = useT();
  const db = useDb();
  const formatDateTime = useFormatDateTime();
  const candidates = useLiveQuery(() => reinspectionCandidates(db, orderId), [db, orderId]);
  return (
    <label className="field">
      <span>{t('orders.reinspectionOf')}</span>
      <select {...field} data-testid="start-reinspection">
        <option value="">{t('orders.reinspectionChoose')}</option>
        {(candidates ?? []).map(({ inspection, reason }) => (
          <option key={inspection.id} value={inspection.id}>
            {t(`stage.${inspection.stage}`)} · {formatDateTime(inspection.startedAt)} ·{' '}
            {t(`orders.failReason.${reason}`)}
          </option>
        ))}
      </select>
      {candidates?.length === 0 && <span className="muted small">{t('orders.reinspectionNone')}</span>}
      {error && (
        <span className="field-error" role="alert" data-testid="start-reinspection-error">
          {t(error)}
        </span>
      )}
    </label>
  );
};

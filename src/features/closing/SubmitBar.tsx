import { useState } from 'react';
import { useT } from '../../app/i18n';
import { useDb } from '../../db/context';
import { submitInspection, SubmitNotReadyError, type SubmitBlocker } from '../../db/repositories/closing';
import type { ComputedResult } from '../../shared/domain';
import type { Inspection } from '../../shared/schema';
import { reasonRequired } from './RecommendationForm';

/** What still stops a submit, in the order the inspector meets it on the tab. */
export const submitBlockers = (
  inspection: Inspection,
  computed: ComputedResult,
  signed: { inspector: boolean; factory: boolean },
): SubmitBlocker[] => {
  const blockers: SubmitBlocker[] = [];
  if (!inspection.recommendation) blockers.push('recommendation');
  else if (reasonRequired(inspection.recommendation, computed) && !inspection.recommendationReason?.trim()) {
    blockers.push('recommendation-reason');
  }
  if (!signed.inspector) blockers.push('signature-inspector');
  if (!signed.factory) blockers.push('signature-factory');
  return blockers;
};

export const SubmitBar = ({
  inspection,
  blockers,
  computed,
}: {
  inspection: Inspection;
  blockers: SubmitBlocker[];
  computed: ComputedResult;
}) => {
  const t = useT();
  const db = useDb();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await submitInspection(db, inspection.id, { computed });
    } catch (error) {
      // A blocker the screen did not know about yet (another tab): the list below updates live.
      setFailed(!(error instanceof SubmitNotReadyError));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card submit-bar">
      {blockers.length > 0 && (
        <ul className="blockers" data-testid="submit-blockers">
          {blockers.map((b) => (
            <li key={b}>{t(`closing.blocker.${b}`)}</li>
          ))}
        </ul>
      )}
      <p className="muted small">{t('closing.submitHint')}</p>
      {failed && (
        <p className="field-error" role="alert">
          {t('closing.error.save')}
        </p>
      )}
      <button
        type="button"
        className="btn btn-primary btn-block"
        data-testid="submit-inspection"
        disabled={blockers.length > 0 || busy}
        onClick={() => void submit()}
      >
        {t('closing.submit')}
      </button>
    </section>
  );
};

import { useState } from 'react';
import { useT } from '../../app/i18n';
import { useDb } from '../../db/context';
import { updateInspection } from '../../db/repositories/inspections';
import type { ComputedResult } from '../../shared/domain';
import { Recommendation, type Inspection } from '../../shared/schema';

type Choice = Inspection['recommendation'];

/** A recommendation that differs from the computed result must say why (kept beside, never merged). */
export const reasonRequired = (choice: Choice, computed: ComputedResult): boolean =>
  choice !== null && choice !== computed;

export const RecommendationForm = ({
  inspection,
  computed,
}: {
  inspection: Inspection;
  computed: ComputedResult;
}) => {
  const t = useT();
  const db = useDb();
  const [choice, setChoice] = useState<Choice>(inspection.recommendation);
  const [reason, setReason] = useState(inspection.recommendationReason ?? '');
  const [error, setError] = useState<
    'closing.error.reason' | 'closing.error.choice' | 'closing.error.save' | null
  >(null);
  const [saved, setSaved] = useState(false);
  const dirty =
    choice !== inspection.recommendation || reason.trim() !== (inspection.recommendationReason ?? '');

  const save = async () => {
    setSaved(false);
    if (choice === null) return setError('closing.error.choice');
    if (reasonRequired(choice, computed) && !reason.trim()) return setError('closing.error.reason');
    setError(null);
    try {
      await updateInspection(db, inspection.id, {
        recommendation: choice,
        recommendationReason: reason.trim() || null,
      });
      setSaved(true);
    } catch {
      setError('closing.error.save');
    }
  };

  return (
    <section className="card recommendation" aria-label={t('closing.recommendationTitle')}>
      <h2>{t('closing.recommendationTitle')}</h2>
      <div className="choice-row" role="radiogroup" aria-label={t('closing.recommendationTitle')}>
        {Recommendation.options.map((option) => (
          <button
            key={option}
            type="button"
            role="radio"
            aria-checked={choice === option}
            className={`btn choice choice-${option}${choice === option ? ' is-selected' : ''}`}
            data-testid={`recommendation-${option}`}
            onClick={() => {
              setChoice(option);
              setSaved(false);
            }}
          >
            {t(`closing.result.${option}`)}
          </button>
        ))}
      </div>
      <label className="field">
        <span>
          {t('closing.recommendationReason')}
          {reasonRequired(choice, computed) && <strong> {t('closing.reasonNeeded')}</strong>}
        </span>
        <textarea
          rows={2}
          data-testid="recommendation-reason"
          value={reason}
          aria-invalid={error === 'closing.error.reason'}
          onChange={(event) => {
            setReason(event.target.value);
            setSaved(false);
          }}
        />
      </label>
      {error && (
        <p className="field-error" role="alert" data-testid="recommendation-error">
          {t(error)}
        </p>
      )}
      <button
        type="button"
        className="btn btn-primary btn-block"
        data-testid="recommendation-save"
        disabled={!dirty && !error}
        onClick={() => void save()}
      >
        {saved && !dirty ? t('closing.saved') : t('closing.saveRecommendation')}
      </button>
    </section>
  );
};

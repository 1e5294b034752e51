import { useState } from 'react';
import { errorKey, useFormatDateTime, useT, type MessageKey } from '../../app/i18n';
import { DecisionKind, type Decision, type Inspection } from '../../shared/schema';
import { DecisionBadge } from './Badges';
import { DecisionCreated } from './office-api';
import { officePost } from './use-office-query';

/** Rejecting or asking for a re-inspection must tell the factory why. */
export const needsComment = (kind: DecisionKind): boolean => kind === 'reject' || kind === 're_inspect';

interface Props {
  inspection: Inspection;
  latest: Decision | null;
  onDecided: () => void;
}

/** The office's decision on a submitted inspection; a new decision supersedes, never edits. */
export const DecisionPanel = ({ inspection, latest, onDecided }: Props) => {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const [kind, setKind] = useState<DecisionKind | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (!kind) return setError('office.decide.pick');
    // Checked here first so the office gets the reason in its language without a round trip.
    if (needsComment(kind) && comment.trim() === '') return setError('office.decide.commentRequired');
    setBusy(true);
    setError(null);
    const path = `/api/office/inspections/${encodeURIComponent(inspection.id)}/decisions`;
    const result = await officePost(path, { decision: kind, comment: comment.trim() }, DecisionCreated);
    setBusy(false);
    if (!result.ok) return setError(errorKey(result.code));
    setKind(null);
    setComment('');
    onDecided();
  };

  return (
    <div className="card" data-testid="decision-panel">
      <h2>{t('office.decision')}</h2>
      <p data-testid="current-decision" data-decision={latest?.decision ?? 'none'}>
        <DecisionBadge decision={latest} />
        {latest && (
          <span className="muted small">
            {' '}
            {formatDateTime(latest.decidedAt)}
            {latest.comment && <> · {latest.comment}</>}
          </span>
        )}
      </p>
      <div className="decide-kinds" role="radiogroup">
        {DecisionKind.options.map((option) => (
          <button
            key={option}
            type="button"
            role="radio"
            aria-checked={kind === option}
            className={kind === option ? 'btn btn-primary' : 'btn'}
            data-testid={`decide-${option}`}
            onClick={() => setKind(option)}
          >
            {t(`decision.${option}`)}
          </button>
        ))}
      </div>
      <label className="field">
        <span>{t(kind && needsComment(kind) ? 'office.decide.commentNeeded' : 'office.decide.comment')}</span>
        <textarea
          data-testid="decide-comment"
          rows={3}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </label>
      {error && (
        <p className="field-error" role="alert" data-testid="decide-error">
          {t(error)}
        </p>
      )}
      <button
        type="button"
        className="btn btn-primary"
        data-testid="decide-submit"
        disabled={busy}
        onClick={() => void submit()}
      >
        {t('office.decide.submit')}
      </button>
    </div>
  );
};

import { useState } from 'react';
import { errorKey, useT, type MessageKey } from '../../app/i18n';
import type { Inspection } from '../../shared/schema';
import { officePost } from './use-office-query';
import { z } from 'zod';

const Anything = z.unknown();

/**
 * Reopens a submitted inspection so the inspector can correct it; the reason is required and
 * lands in the audit trail. Hidden while the inspection is still in progress.
 */
export const ReopenPanel = ({
  inspection,
  onReopened,
}: {
  inspection: Inspection;
  onReopened: () => void;
}) => {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);
  if (inspection.status !== 'submitted') return null;

  const submit = async () => {
    if (comment.trim() === '') return setError('office.reopen.commentRequired');
    setError(null);
    const path = `/api/office/inspections/${encodeURIComponent(inspection.id)}/reopen`;
    const result = await officePost(path, { comment: comment.trim() }, Anything);
    if (!result.ok) return setError(errorKey(result.code));
    setOpen(false);
    setComment('');
    onReopened();
  };

  return (
    <div className="card">
      {!open ? (
        <button type="button" className="btn" data-testid="reopen" onClick={() => setOpen(true)}>
          {t('office.reopen')}
        </button>
      ) : (
        <>
          <label className="field">
            <span>{t('office.reopen.comment')}</span>
            <textarea
              data-testid="reopen-comment"
              rows={2}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
          </label>
          {error && (
            <p className="field-error" role="alert" data-testid="reopen-error">
              {t(error)}
            </p>
          )}
          <button
            type="button"
            className="btn btn-primary"
            data-testid="reopen-submit"
            onClick={() => void submit()}
          >
            {t('office.reopen.submit')}
          </button>
        </>
      )}
    </div>
  );
};

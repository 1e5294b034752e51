import { memo, useState } from 'react';
import { useBilingual, useT, type MessageKey } from '../../app/i18n';
import { useDb } from '../../db/context';
import { Answer, type ChecklistAnswer, type ChecklistItem } from '../../shared/schema';
import { PhotoAttach } from '../photos/PhotoAttach';
import { saveAnswer } from './save-answer';

interface Props {
  inspectionId: string;
  item: ChecklistItem;
  current: ChecklistAnswer | undefined;
  /** Live photos of this item: a requiresPhoto item can pass once there is at least one. */
  photoCount: number;
  locked: boolean;
}

type AnswerValue = (typeof Answer.options)[number];

/**
 * One item: three big answer buttons, an optional comment and its photos. Every tap appends an answer
 * (the newest counts); a comment edited after answering is saved on leaving the field as a new
 * answer with the same value, so the history shows what was changed.
 */
export const ChecklistItemRow = memo(({ inspectionId, item, current, photoCount, locked }: Props) => {
  const t = useT();
  const text = useBilingual();
  const db = useDb();
  const [comment, setComment] = useState(current?.comment ?? '');
  const [error, setError] = useState<MessageKey | null>(null);
  const noteId = `photo-note-${item.code}`;
  const needsPhoto = item.requiresPhoto && photoCount === 0;

  const save = async (answer: AnswerValue) => {
    const result = await saveAnswer(db, { inspectionId, itemCode: item.code, answer, comment });
    setError(result.ok ? null : result.error);
  };
  const saveComment = () => {
    if (current && comment.trim() !== (current.comment ?? '')) void save(current.answer);
  };

  return (
    <li
      className="checklist-item"
      data-testid="checklist-item"
      data-code={item.code}
      data-answer={current?.answer ?? ''}
    >
      <p className="checklist-text">
        <span className="defect-code">{item.code}</span> {text(item.text)}
      </p>
      {needsPhoto && (
        <p className="photo-note" id={noteId} data-testid="photo-required">
          {t('checklist.photoRequired')}
        </p>
      )}
      <div
        className="answer-buttons"
        role="group"
        aria-label={t('checklist.answerLabel', { code: item.code })}
      >
        {Answer.options.map((answer) => {
          // Pass waits for a photo; the repository refuses it too (this is only the hint).
          const off = locked || (answer === 'pass' && needsPhoto);
          return (
            <button
              key={answer}
              type="button"
              className={`btn answer answer-${answer}${current?.answer === answer ? ' is-selected' : ''}`}
              data-testid={`answer-${answer}`}
              aria-pressed={current?.answer === answer}
              aria-describedby={answer === 'pass' && needsPhoto ? noteId : undefined}
              disabled={off}
              onClick={() => void save(answer)}
            >
              {t(`checklist.answer.${answer}`)}
            </button>
          );
        })}
      </div>
      <input
        type="text"
        className="checklist-comment"
        data-testid="checklist-comment"
        aria-label={t('checklist.comment')}
        placeholder={t('checklist.commentPlaceholder')}
        maxLength={2000}
        value={comment}
        disabled={locked}
        onChange={(event) => setComment(event.target.value)}
        onBlur={saveComment}
      />
      <PhotoAttach
        inspectionId={inspectionId}
        target={{ kind: 'checklist_item', code: item.code }}
        locked={locked}
      />
      {!current && comment.trim() !== '' && (
        <p className="muted checklist-hint">{t('checklist.commentNeedsAnswer')}</p>
      )}
      {error && (
        <p className="field-error" role="alert" data-testid="checklist-error">
          {t(error)}
        </p>
      )}
    </li>
  );
});
ChecklistItemRow.displayName = 'ChecklistItemRow';

import { useState } from 'react';
import { useT } from '../../app/i18n';
import { useDb } from '../../db/context';
import { AddRectificationInput, addRectification, removeRectification } from '../../db/repositories/closing';
import type { Rectification } from '../../shared/schema';

type Field = 'text' | 'owner' | 'dueDate';
const EMPTY = { text: '', owner: '', dueDate: '' };

/** The rectification list (整改意见): what the factory must fix, who owns it and by when. */
export const RectificationList = ({
  inspectionId,
  items,
  locked,
}: {
  inspectionId: string;
  items: Rectification[];
  locked: boolean;
}) => {
  const t = useT();
  const db = useDb();
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<Field[]>([]);

  const add = async () => {
    const parsed = AddRectificationInput.safeParse({ inspectionId, ...draft });
    if (!parsed.success) {
      return setErrors([...new Set(parsed.error.issues.map((i) => i.path[0] as Field))]);
    }
    setErrors([]);
    await addRectification(db, parsed.data);
    setDraft(EMPTY);
  };
  const input = (field: Field, type: string, testId: string) => (
    <label className="field">
      <span>{t(`closing.rect.${field}`)}</span>
      <input
        type={type}
        data-testid={testId}
        value={draft[field]}
        aria-invalid={errors.includes(field)}
        onChange={(event) => setDraft((d) => ({ ...d, [field]: event.target.value }))}
      />
      {errors.includes(field) && <span className="field-error">{t(`closing.rect.error.${field}`)}</span>}
    </label>
  );

  return (
    <section className="card rectifications" aria-label={t('closing.rectTitle')}>
      <h2>{t('closing.rectTitle')}</h2>
      {items.length === 0 && <p className="muted">{t('closing.rectNone')}</p>}
      <ol className="rect-list">
        {items.map((item) => (
          <li key={item.id} className="rect-row" data-testid="rectification-row" data-id={item.id}>
            <span className="rect-text">{item.text}</span>
            <span className="muted small">
              {t('closing.rectMeta', { owner: item.owner, due: item.dueDate })}
            </span>
            {!locked && (
              <button
                type="button"
                className="btn btn-small"
                data-testid="rectification-remove"
                onClick={() => void removeRectification(db, item.id)}
              >
                {t('inspection.remove')}
              </button>
            )}
          </li>
        ))}
      </ol>
      {!locked && (
        <div className="form">
          {input('text', 'text', 'rectification-text')}
          <div className="field-row">
            {input('owner', 'text', 'rectification-owner')}
            {input('dueDate', 'date', 'rectification-due')}
          </div>
          <button
            type="button"
            className="btn btn-block"
            data-testid="rectification-add"
            onClick={() => void add()}
          >
            {t('closing.rectAdd')}
          </button>
        </div>
      )}
    </section>
  );
};

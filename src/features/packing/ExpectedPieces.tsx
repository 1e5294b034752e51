import { useState } from 'react';
import { useT } from '../../app/i18n';
import { useDb } from '../../db/context';
import { setExpectedPieces } from '../../db/repositories/packing';
import { usePackingCommand } from './use-packing';

interface Props {
  inspectionId: string;
  /** The current setting, as stored (a whole number as text), or null before it is entered. */
  current: string | null;
}

/** Pieces per carton according to the packing list: entered once, judged on every carton. */
export const ExpectedPieces = ({ inspectionId, current }: Props) => {
  const t = useT();
  const db = useDb();
  const [draft, setDraft] = useState(current ?? '');
  const { error, run, fail } = usePackingCommand();
  const save = () => {
    const pieces = Number(draft);
    if (!/^\d+$/.test(draft.trim()) || pieces < 1) return fail('packing.error.pieces');
    run(() => setExpectedPieces(db, { inspectionId, pieces }));
  };
  return (
    <div className="card packing-expected-pieces">
      <label className="field">
        <span>{t('packing.expectedPieces')}</span>
        <span className="inline-input">
          <input
            type="number"
            inputMode="numeric"
            min={1}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            data-testid="packing-pieces-expected"
          />
          <button type="button" className="btn" onClick={save} data-testid="packing-pieces-expected-save">
            {t('packing.save')}
          </button>
        </span>
      </label>
      {current === null && <p className="muted small">{t('packing.expectedPiecesHint')}</p>}
      {error && (
        <p className="field-error" role="alert">
          {t(error)}
        </p>
      )}
    </div>
  );
};

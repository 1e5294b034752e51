import { useState } from 'react';
import { useT } from '../../app/i18n';
import { useDb } from '../../db/context';
import { recordPieces } from '../../db/repositories/packing';
import type { PackingCheck } from '../../shared/schema';
import { CheckRow } from './CheckRow';
import { usePackingCommand } from './use-packing';

interface Props {
  inspectionId: string;
  cartonNo: number;
  check: PackingCheck | undefined;
  /** Null until the expected pieces per carton is entered: nothing to judge against yet. */
  expected: string | null;
}

/** Pieces counted in one carton; the repository fails it on any difference from the expected. */
export const PiecesCheck = ({ inspectionId, cartonNo, check, expected }: Props) => {
  const t = useT();
  const db = useDb();
  const [draft, setDraft] = useState(check?.actual ?? '');
  const { error, run, fail } = usePackingCommand();
  const save = () => {
    if (!/^\d+$/.test(draft.trim())) return fail('packing.error.pieces');
    run(() => recordPieces(db, { inspectionId, cartonNo, actual: Number(draft) }));
  };
  return (
    <CheckRow kind="pieces_per_carton" cartonNo={cartonNo} check={check}>
      {expected === null ? (
        <p className="muted small">{t('packing.expectedPiecesHint')}</p>
      ) : (
        <span className="inline-input">
          <input
            type="number"
            inputMode="numeric"
            min={0}
            value={draft}
            aria-label={t('packing.piecesFound')}
            placeholder={t('packing.piecesFound')}
            onChange={(event) => setDraft(event.target.value)}
            data-testid="packing-pieces-input"
          />
          <button type="button" className="btn" onClick={save} data-testid="packing-pieces-save">
            {t('packing.save')}
          </button>
        </span>
      )}
      {error && (
        <p className="field-error" role="alert">
          {t(error)}
        </p>
      )}
    </CheckRow>
  );
};

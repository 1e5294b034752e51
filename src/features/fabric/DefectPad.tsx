import { useState } from 'react';
import { useT } from '../../app/i18n';
import { useDb } from '../../db/context';
import { addFabricDefect, rollYards } from '../../db/repositories/fabric';
import type { FabricDefect, FabricRoll } from '../../shared/schema';
import { positionToYards, QUICK_DEFECTS, yardsToPosition, type QuickDefect } from './quick-defects';

/**
 * One-tap defect entry for one roll: the position (kept between taps, since defects are found
 * walking down the frame), a full-width toggle and the six band buttons. Each tap is its own
 * committed transaction; the list below shows it once it is on disk.
 */
export const DefectPad = ({ roll, last }: { roll: FabricRoll; last: FabricDefect | undefined }) => {
  const t = useT();
  const db = useDb();
  const [position, setPosition] = useState(() =>
    last ? String(yardsToPosition(last.atYard, roll.lengthUnit)) : '0',
  );
  const [fullWidth, setFullWidth] = useState(false);
  const [invalid, setInvalid] = useState(false);

  const tap = async (quick: QuickDefect) => {
    const value = Number(position.replace(',', '.'));
    const atYard = positionToYards(value, roll.lengthUnit);
    if (position.trim() === '' || !Number.isFinite(value) || value < 0 || atYard > rollYards(roll) + 1e-9) {
      return setInvalid(true);
    }
    setInvalid(false);
    try {
      await addFabricDefect(db, {
        inspectionId: roll.inspectionId,
        rollId: roll.id,
        kind: quick.kind,
        size: quick.size,
        unit: 'in',
        atYard,
        fullWidth,
      });
      // Full width is the exception: one tap flags one defect, then it switches off again.
      setFullWidth(false);
    } catch {
      setInvalid(true);
    }
  };

  return (
    <div className="fabric-pad">
      <div className="fabric-pad-row">
        <label className="field fabric-at">
          <span>{t('fabric.atYard', { unit: roll.lengthUnit })}</span>
          <input
            type="number"
            inputMode="decimal"
            step="any"
            min={0}
            data-testid="fabric-at-yard"
            value={position}
            aria-invalid={invalid}
            onChange={(event) => setPosition(event.target.value)}
          />
        </label>
        <button
          type="button"
          className={`btn fabric-toggle${fullWidth ? ' is-on' : ''}`}
          aria-pressed={fullWidth}
          data-testid="fabric-full-width"
          onClick={() => setFullWidth((on) => !on)}
        >
          {t('fabric.fullWidth')}
        </button>
      </div>
      {invalid && (
        <p className="field-error" role="alert">
          {t('fabric.error.position')}
        </p>
      )}
      <p className="muted small">{t('fabric.padHint')}</p>
      <div className="fabric-bands">
        {QUICK_DEFECTS.map((quick) => (
          <button
            key={quick.id}
            type="button"
            className={`btn fabric-band fabric-points-${quick.points}`}
            data-testid={`fabric-${quick.id}`}
            onClick={() => void tap(quick)}
          >
            <span>{t(`fabric.${quick.id}`)}</span>
            <strong>{t('fabric.points', { points: quick.points })}</strong>
          </button>
        ))}
      </div>
    </div>
  );
};

import { useState } from 'react';
import { useT } from '../../app/i18n';
import type { SpecSheet } from '../../shared/schema';
import { updatePrefs } from './prefs-store';

interface Props {
  inspectionId: string;
  sheet: SpecSheet;
  sizes: readonly string[];
  samples: number;
  /** Highest sample number that already has a reading: the grid never hides recorded work. */
  highest: number;
  locked: boolean;
}

const MAX_SAMPLES = 999;

const parseSamples = (text: string): number | null => {
  const n = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  return n >= 1 && n <= MAX_SAMPLES ? n : null;
};

/** Which sizes are measured and how many garments per size. */
export const MeasureSettings = ({ inspectionId, sheet, sizes, samples, highest, locked }: Props) => {
  const t = useT();
  const [draft, setDraft] = useState(String(samples));
  const invalid = parseSamples(draft) === null;
  const toggle = (size: string) => {
    const next = sizes.includes(size) ? sizes.filter((s) => s !== size) : [...sizes, size];
    // At least one size stays chosen: an empty grid would only confuse.
    if (next.length > 0) updatePrefs(inspectionId, { sizes: next });
  };
  return (
    <div className="card measure-settings">
      <p className="muted">
        {t('measure.sheet', {
          style: sheet.styleCode,
          version: sheet.version,
          unit: t(`measure.unit.${sheet.unit}`),
        })}
      </p>
      <div className="field">
        <span id="measure-sizes-label">{t('measure.sizes')}</span>
        <div className="size-toggles" role="group" aria-labelledby="measure-sizes-label">
          {sheet.sizes.map((size) => (
            <button
              key={size}
              type="button"
              className={`chip${sizes.includes(size) ? ' is-selected' : ''}`}
              aria-pressed={sizes.includes(size)}
              data-testid={`measure-size-${size}`}
              disabled={locked}
              onClick={() => toggle(size)}
            >
              {size}
            </button>
          ))}
        </div>
      </div>
      <label className="field samples-field">
        <span>{t('measure.samples')}</span>
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_SAMPLES}
          data-testid="measure-samples"
          value={draft}
          disabled={locked}
          aria-invalid={invalid}
          onChange={(event) => {
            setDraft(event.target.value);
            const n = parseSamples(event.target.value);
            if (n !== null) updatePrefs(inspectionId, { samples: n });
          }}
        />
      </label>
      {invalid && <p className="field-error">{t('measure.samplesInvalid')}</p>}
      {highest > samples && <p className="muted">{t('measure.samplesKept', { count: highest })}</p>}
    </div>
  );
};

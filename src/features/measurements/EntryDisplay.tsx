import { useBilingual, useT } from '../../app/i18n';
import type { PomSpec } from '../../shared/domain';
import type { PointOfMeasure } from '../../shared/schema';
import type { Cursor } from './cursor';
import { resolveEntry } from './entry';
import { useEntryStore } from './entry-store';
import { updatePrefs, useMeasurePrefs } from './prefs-store';
import { formatLength } from './spec';

interface Props {
  inspectionId: string;
  cursor: Cursor;
  done: boolean;
  pom: PointOfMeasure | undefined;
  spec: PomSpec | null;
}

/**
 * Which cell the keypad writes to, what has been typed, and — while typing — the reading it
 * will store and whether that is out of tolerance. The status line keeps a fixed height so the
 * keypad below never jumps under the thumb.
 */
export const EntryDisplay = ({ inspectionId, cursor, done, pom, spec }: Props) => {
  const t = useT();
  const bilingual = useBilingual();
  const text = useEntryStore((state) => state.text);
  const error = useEntryStore((state) => state.error);
  const { deviation } = useMeasurePrefs(inspectionId);
  const preview = text && spec ? resolveEntry(text, spec, deviation) : null;
  const state = !text ? 'empty' : preview?.ok ? (preview.out ? 'out' : 'ok') : 'invalid';
  const unit = spec?.unit ?? 'cm';
  const status = error
    ? null
    : preview?.ok
      ? `${t('measure.preview', {
          value: formatLength(preview.value, unit),
          deviation: formatLength(preview.deviation, unit, true),
        })} · ${t(preview.out ? 'measure.cellOut' : 'measure.cellOk')}`
      : deviation
        ? t('measure.deviationHint')
        : spec
          ? t('measure.target', {
              target: formatLength(spec.target, unit),
              minus: formatLength(spec.minus, unit),
              plus: formatLength(spec.plus, unit),
            })
          : t('measure.notGraded');
  return (
    <div className="entry-bar">
      <p className="entry-for">
        {done || !pom
          ? t('measure.done')
          : t('measure.entryFor', {
              size: cursor.size,
              no: cursor.sampleNo,
              pom: `${pom.code} ${bilingual(pom.name)}`,
            })}
      </p>
      <div className="entry-row">
        <output
          className={`entry-text state-${state}`}
          data-testid="measure-entry"
          data-state={state}
          aria-live="polite"
        >
          {text || (
            <span className="muted">
              {t(deviation ? 'measure.placeholderDeviation' : 'measure.placeholder')}
            </span>
          )}
        </output>
        <button
          type="button"
          className={`btn deviation-toggle${deviation ? ' is-selected' : ''}`}
          data-testid="deviation-toggle"
          aria-pressed={deviation}
          onClick={() => updatePrefs(inspectionId, { deviation: !deviation })}
        >
          {t('measure.deviation')}
        </button>
      </div>
      <p className={`entry-status${preview?.ok && preview.out ? ' is-out' : ''}`}>
        {error ? (
          <span className="field-error" data-testid="measure-error" role="alert">
            {t(error)}
          </span>
        ) : (
          status
        )}
      </p>
    </div>
  );
};

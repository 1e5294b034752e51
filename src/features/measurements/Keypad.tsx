import { memo } from 'react';
import { useT, type MessageKey } from '../../app/i18n';
import { KEYPAD_KEYS, type KeypadKey } from './entry';

/** Test id and spoken name per key; digits speak for themselves. */
const KEY_INFO: Partial<Record<KeypadKey, { id: string; label: MessageKey; glyph: string }>> = {
  back: { id: 'back', label: 'measure.keyBack', glyph: '⌫' },
  '/': { id: 'slash', label: 'measure.keySlash', glyph: '/' },
  ' ': { id: 'space', label: 'measure.keySpace', glyph: '␣' },
  '+': { id: 'plus', label: 'measure.keyPlus', glyph: '+' },
  '-': { id: 'minus', label: 'measure.keyMinus', glyph: '−' },
  '.': { id: 'dot', label: 'measure.keyDot', glyph: '.' },
};

interface Props {
  /** Fractions exist only in inches: in cm the slash and space keys would only produce errors. */
  fractions: boolean;
  /** Next saves a non-empty entry; with nothing typed it skips the cell. */
  hasText: boolean;
  disabled: boolean;
  onKey: (key: KeypadKey) => void;
  onNext: () => void;
}

/**
 * The app's own numeric keypad: the OS keyboard covers half the screen, has no fraction keys
 * and differs per phone. Buttons never take focus on tap, so nothing scrolls while typing.
 */
export const Keypad = memo(({ fractions, hasText, disabled, onKey, onNext }: Props) => {
  const t = useT();
  return (
    <div className="keypad" role="group" aria-label={t('measure.placeholder')}>
      {KEYPAD_KEYS.map((key) => {
        const info = KEY_INFO[key];
        const off = disabled || (!fractions && (key === '/' || key === ' '));
        return (
          <button
            key={key}
            type="button"
            className={`keypad-key${info ? ' keypad-symbol' : ''}`}
            data-testid={`keypad-${info?.id ?? key}`}
            aria-label={info ? t(info.label) : undefined}
            disabled={off}
            onPointerDown={(event) => event.preventDefault()}
            onClick={() => onKey(key)}
          >
            {info?.glyph ?? key}
          </button>
        );
      })}
      <button
        type="button"
        className="keypad-key keypad-next"
        data-testid="keypad-next"
        disabled={disabled}
        onPointerDown={(event) => event.preventDefault()}
        onClick={onNext}
      >
        {t(hasText ? 'measure.keyNext' : 'measure.keySkip')} →
      </button>
    </div>
  );
});
Keypad.displayName = 'Keypad';

/**
 * What the keypad typed → a reading. Pure, so the live preview, the save and the tests all
 * agree on what an entry means. Readings are absolute; deviation entries ("+1/4", "-0.5") are
 * turned into target + deviation before they are stored.
 */
import { judgeReading, parseReading, readingFromDeviation, type PomSpec } from '../../shared/domain';

export type EntryError = 'measure.error.notNumber' | 'measure.error.notPositive' | 'measure.error.tooLarge';

export type EntryResult =
  { ok: true; value: number; out: boolean; deviation: number } | { ok: false; error: EntryError };

/** Same ceiling as the Measurement schema: a typo of three extra zeros is not a reading. */
export const MAX_READING = 10_000;

export const resolveEntry = (text: string, spec: PomSpec, deviationMode: boolean): EntryResult => {
  let value: number;
  try {
    value = deviationMode ? readingFromDeviation(spec, text) : parseReading(text, spec.unit);
  } catch {
    return { ok: false, error: 'measure.error.notNumber' };
  }
  if (!Number.isFinite(value)) return { ok: false, error: 'measure.error.notNumber' };
  if (value <= 0) return { ok: false, error: 'measure.error.notPositive' };
  if (value > MAX_READING) return { ok: false, error: 'measure.error.tooLarge' };
  const judged = judgeReading(spec, value);
  return { ok: true, value, out: judged.status !== 'in', deviation: judged.deviation };
};

/** In keypad order: five columns, the last row is 0 and a wide Next (see Keypad.tsx). */
export const KEYPAD_KEYS = [
  '7',
  '8',
  '9',
  '/',
  'back',
  '4',
  '5',
  '6',
  ' ',
  '+',
  '1',
  '2',
  '3',
  '.',
  '-',
  '0',
] as const;
export type KeypadKey = (typeof KEYPAD_KEYS)[number];

/** Longer than any real reading ("+12 15/16"): stops a stuck key from growing the text for ever. */
const MAX_LENGTH = 12;

export const applyKey = (text: string, key: KeypadKey): string => {
  if (key === 'back') return text.slice(0, -1);
  // A leading space or a double space is never meant; ignoring it keeps the display honest.
  if (key === ' ' && (text === '' || text.endsWith(' '))) return text;
  return text.length >= MAX_LENGTH ? text : text + key;
};

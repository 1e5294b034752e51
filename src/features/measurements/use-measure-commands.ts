/**
 * What the keypad and the grid do. A saved entry advances the cursor at once (the next reading
 * can be typed while IndexedDB commits); if the save fails, the cursor goes back to the cell
 * with the text and a translated error, so nothing the inspector typed silently disappears.
 */
import { useCallback } from 'react';
import { useDb } from '../../db/context';
import type { SpecSheet } from '../../shared/schema';
import { nextCursor, type Cursor, type GridShape } from './cursor';
import { resolveEntry, type KeypadKey } from './entry';
import { useEntryStore } from './entry-store';
import { DEFAULT_PREFS, updatePrefs, usePrefsStore } from './prefs-store';
import { saveEntry } from './save-entry';
import { pomSpec } from './spec';

export const useMeasureCommands = (
  inspectionId: string,
  sheet: SpecSheet,
  shape: GridShape,
  cursor: Cursor,
) => {
  const db = useDb();

  const select = useCallback(
    (cell: Cursor) => {
      useEntryStore.getState().set('');
      updatePrefs(inspectionId, { cursor: cell, done: false });
    },
    [inspectionId],
  );

  const press = useCallback((key: KeypadKey) => useEntryStore.getState().press(key), []);

  const next = useCallback(async () => {
    const entry = useEntryStore.getState();
    const { deviation } = usePrefsStore.getState().prefs[inspectionId] ?? DEFAULT_PREFS;
    const pom = sheet.points[cursor.pomIndex];
    const spec = pom ? pomSpec(pom, cursor.size, sheet.unit) : null;
    const advance = () => {
      const following = nextCursor(cursor, shape);
      updatePrefs(inspectionId, following ? { cursor: following } : { done: true });
    };
    const text = entry.text;
    if (!spec || text.trim() === '') {
      entry.set('');
      advance();
      return;
    }
    const resolved = resolveEntry(text, spec, deviation);
    if (!resolved.ok) {
      entry.set(text, resolved.error);
      return;
    }
    entry.set('');
    advance();
    const saved = await saveEntry(db, { inspectionId, cell: cursor, spec, text, deviation });
    if (!saved.ok) {
      updatePrefs(inspectionId, { cursor, done: false });
      useEntryStore.getState().set(text, saved.error);
    }
  }, [db, inspectionId, sheet, shape, cursor]);

  // The keypad wants a void handler; errors are already turned into messages by saveEntry.
  const nextVoid = useCallback(() => void next(), [next]);
  return { select, press, next: nextVoid };
};

/**
 * The text being typed and the last entry error. Its own store so a key press re-renders only
 * the entry display and the cursor cell, never the grid.
 */
import { create } from 'zustand';
import type { MessageKey } from '../../app/i18n';
import { applyKey, type KeypadKey } from './entry';

interface EntryState {
  text: string;
  error: MessageKey | null;
  press: (key: KeypadKey) => void;
  set: (text: string, error?: MessageKey | null) => void;
}

export const useEntryStore = create<EntryState>()((set) => ({
  text: '',
  error: null,
  press: (key) => set(({ text }) => ({ text: applyKey(text, key), error: null })),
  set: (text, error = null) => set({ text, error }),
}));

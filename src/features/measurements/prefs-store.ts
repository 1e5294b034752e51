/**
 * How the inspector set up measuring for one inspection: sizes, samples per size, deviation mode
 * and where the cursor was. UI state only (the readings live in Dexie), persisted so a reload or
 * the phone killing the tab brings the inspector back to the same cell.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Cursor } from './cursor';

export interface MeasurePrefs {
  /** null = every size of the sheet (the default). */
  sizes: string[] | null;
  samples: number;
  deviation: boolean;
  cursor: Cursor | null;
  /** True after the last cell was saved: keys do nothing until a cell is tapped. */
  done: boolean;
}

export const DEFAULT_PREFS: MeasurePrefs = {
  sizes: null,
  samples: 5,
  deviation: false,
  cursor: null,
  done: false,
};

/** Only recent inspections are remembered, so localStorage does not grow for ever. */
const MAX_REMEMBERED = 20;

interface PrefsState {
  prefs: Record<string, MeasurePrefs>;
  update: (inspectionId: string, patch: Partial<MeasurePrefs>) => void;
}

export const usePrefsStore = create<PrefsState>()(
  persist(
    (set) => ({
      prefs: {},
      update: (inspectionId, patch) =>
        set(({ prefs }) => {
          const next = { ...DEFAULT_PREFS, ...prefs[inspectionId], ...patch };
          const rest = Object.entries(prefs).filter(([id]) => id !== inspectionId);
          return { prefs: Object.fromEntries([...rest.slice(-(MAX_REMEMBERED - 1)), [inspectionId, next]]) };
        }),
    }),
    { name: 'qc-measure-prefs', storage: createJSONStorage(() => localStorage) },
  ),
);

export const useMeasurePrefs = (inspectionId: string): MeasurePrefs =>
  usePrefsStore((state) => state.prefs[inspectionId]) ?? DEFAULT_PREFS;

export const updatePrefs = (inspectionId: string, patch: Partial<MeasurePrefs>): void =>
  usePrefsStore.getState().update(inspectionId, patch);

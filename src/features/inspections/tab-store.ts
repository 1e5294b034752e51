/**
 * Which tab of which inspection is open. UI state only (zustand), persisted to localStorage so a
 * reload — or the phone killing the tab in the background — reopens the section the inspector
 * was working in.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export const INSPECTION_TABS = ['defects', 'measurements', 'checklist', 'closing'] as const;
export type InspectionTab = (typeof INSPECTION_TABS)[number];

/** Only the most recent inspections are remembered: the map must not grow for ever. */
const MAX_REMEMBERED = 20;

interface TabState {
  tabs: Record<string, InspectionTab>;
  setTab: (inspectionId: string, tab: InspectionTab) => void;
}

export const useTabStore = create<TabState>()(
  persist(
    (set) => ({
      tabs: {},
      setTab: (inspectionId, tab) =>
        set(({ tabs }) => {
          const rest = Object.entries(tabs).filter(([id]) => id !== inspectionId);
          return { tabs: Object.fromEntries([...rest.slice(-(MAX_REMEMBERED - 1)), [inspectionId, tab]]) };
        }),
    }),
    { name: 'qc-inspection-tabs', storage: createJSONStorage(() => localStorage) },
  ),
);

const isTab = (value: unknown): value is InspectionTab =>
  (INSPECTION_TABS as readonly unknown[]).includes(value);

export const useInspectionTab = (inspectionId: string): InspectionTab => {
  const tab = useTabStore((state) => state.tabs[inspectionId]);
  return isTab(tab) ? tab : 'defects';
};

/**
 * Which tab of which inspection is open. UI state only (zustand), persisted to localStorage so a
 * reload — or the phone killing the tab in the background — reopens the section the inspector
 * was working in.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export const INSPECTION_TABS = [
  'fabric',
  'defects',
  'measurements',
  'checklist',
  'packing',
  'photos',
  'closing',
] as const;
export type InspectionTab = (typeof INSPECTION_TABS)[number];

/** Tabs that only make sense on one kind of inspection: rolls are not measured garments. */
const FABRIC_ONLY: ReadonlySet<InspectionTab> = new Set(['fabric']);
const GARMENT_ONLY: ReadonlySet<InspectionTab> = new Set(['measurements', 'packing']);

/** The tabs an inspection of this stage shows, in bar order; the first is the default. */
export const visibleTabs = (stage: string): InspectionTab[] =>
  INSPECTION_TABS.filter((tab) => (stage === 'fabric' ? !GARMENT_ONLY.has(tab) : !FABRIC_ONLY.has(tab)));

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

/** The open tab; a remembered tab this stage does not show falls back to the stage's first. */
export const useInspectionTab = (inspectionId: string, stage?: string): InspectionTab => {
  const tab = useTabStore((state) => state.tabs[inspectionId]);
  const visible = visibleTabs(stage ?? '');
  return isTab(tab) && visible.includes(tab) ? tab : (visible[0] ?? 'defects');
};

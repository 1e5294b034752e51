import type { InspectionPatch } from '../../../src/shared/schema/inspection';
import type { FieldClocks, InspectionState } from '../../db/inspection-header';

/**
 * Per-field last-writer-wins for the inspection header, so the same inspector editing on two
 * devices never loses a whole header (SYNC.md failure 10).
 *
 * HLCs are fixed-width strings whose text order is clock order (src/shared/hlc.ts). A patched
 * field is taken only if the patch's clock is strictly newer than the field's stored clock; on
 * a tie the stored value stays, so a re-sent update can never flip a field back. A field never
 * patched since start has no clock, so the first update of it always wins.
 */
const newer = (hlc: string, stored: string | undefined): boolean => stored === undefined || hlc > stored;

export function mergePatch(state: InspectionState, patch: InspectionPatch, hlc: string): InspectionState {
  const clocks: FieldClocks = state.clocks;
  const won = Object.entries(patch).filter(
    ([field, value]) => value !== undefined && newer(hlc, clocks[field as keyof FieldClocks]),
  );
  return {
    inspection: { ...state.inspection, ...(Object.fromEntries(won) as InspectionPatch) },
    clocks: { ...clocks, ...Object.fromEntries(won.map(([field]) => [field, hlc])) },
  };
}

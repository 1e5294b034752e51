import type { Bilingual, Severity } from '../../../src/shared/schema/common';
import type { ChecklistItem } from '../../../src/shared/schema/checklist';
import type { DefectGroupCode, DefectType } from '../../../src/shared/schema/defect-library';

/** `[zh, en]`: compact bilingual pair used by the catalogue data files. */
export type Pair = readonly [zh: string, en: string];

export const bi = ([zh, en]: Pair): Bilingual => ({ zh, en });

/** Returns a builder for the defects of one group, so data rows stay short. */
export function defectsOf(group: DefectGroupCode) {
  return (code: string, name: Pair, defaultSeverity: Severity, cause?: Pair): DefectType => ({
    code,
    group,
    name: bi(name),
    ...(cause ? { cause: bi(cause) } : {}),
    defaultSeverity,
  });
}

/** Returns a builder for the checklist items of one group. */
export function itemsOf(group: ChecklistItem['group']) {
  return (code: string, text: Pair, requiresPhoto = false): ChecklistItem => ({
    code,
    group,
    text: bi(text),
    requiresPhoto,
  });
}

/**
 * Demo catalogue: the garment-QC defect library and the final-inspection checklist built from
 * seed 000 (see the data files for source sections and severity rules).
 */
import type { Checklist } from '../../../src/shared/schema/checklist';
import type { DefectGroup, DefectGroupCode, DefectLibrary } from '../../../src/shared/schema/defect-library';
import {
  appearanceCheckpoints,
  functionalChecks,
  labellingChecks,
  packingChecks,
} from './appearance-checkpoints';
import { fabricDefects } from './fabric-defects';
import { garmentDefects } from './garment-defects';

export {
  appearanceCheckpoints,
  functionalChecks,
  labellingChecks,
  packingChecks,
} from './appearance-checkpoints';
export { fabricDefects } from './fabric-defects';
export { garmentDefects } from './garment-defects';

export const DEMO_DEFECT_LIBRARY_ID = '0190f3a0-0000-7000-8000-000000000001';
export const DEMO_CHECKLIST_ID = '0190f3a0-0000-7000-8000-000000000002';

/** Bilingual names of every defect group code (only the groups in use go into the library). */
export const defectGroupNames: Record<DefectGroupCode, DefectGroup['name']> = {
  fabric: { zh: '面料疵点', en: 'Fabric defects' },
  appearance: { zh: '整体外观', en: 'Overall appearance' },
  workmanship: { zh: '做工', en: 'Workmanship' },
  buttons: { zh: '纽扣', en: 'Buttons' },
  interlining: { zh: '衬料', en: 'Interlining' },
  zipper: { zh: '拉链', en: 'Zippers' },
  eyelets_hooks: { zh: '鸡眼与钩扣', en: 'Eyelets and hooks' },
  belt: { zh: '腰带', en: 'Belts' },
  labels: { zh: '商标与洗标', en: 'Labels' },
  stitching: { zh: '车缝', en: 'Stitching' },
  packing: { zh: '成品包装', en: 'Packing' },
  accessories: { zh: '附件', en: 'Accessories and trims' },
  construction: { zh: '成品外观结构', en: 'Construction' },
};

/** A fresh copy of the demo defect library (version 1) on every call. */
export function demoDefectLibrary(): DefectLibrary {
  const defects = structuredClone([...fabricDefects, ...garmentDefects]);
  const used = [...new Set(defects.map((d) => d.group))];
  return {
    id: DEMO_DEFECT_LIBRARY_ID,
    libraryId: 'garment-qc',
    version: 1,
    name: { zh: '成衣质检疵点库', en: 'Garment QC defect library' },
    groups: used.map((code) => ({ code, name: { ...defectGroupNames[code] } })),
    defects,
  };
}

/** A fresh copy of the demo final-inspection checklist (version 1) on every call. */
export function demoChecklist(): Checklist {
  return {
    id: DEMO_CHECKLIST_ID,
    checklistId: 'garment-final',
    version: 1,
    name: { zh: '成衣终期检验清单', en: 'Garment final inspection checklist' },
    items: structuredClone([
      ...appearanceCheckpoints,
      ...functionalChecks,
      ...packingChecks,
      ...labellingChecks,
    ]),
  };
}

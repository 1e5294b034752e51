/** Catalogues and a fully filled inspection for the report tests (report.test.ts). */
import type { QcDb } from '../../src/db/db';
import { answerChecklistItem } from '../../src/db/repositories/checklist';
import { addRectification, addSignature, removeRectification } from '../../src/db/repositories/closing';
import { addDefect, removeDefect } from '../../src/db/repositories/defects';
import { addFabricDefect, addFabricRoll } from '../../src/db/repositories/fabric';
import { updateInspection } from '../../src/db/repositories/inspections';
import { addMeasurement } from '../../src/db/repositories/measurements';
import type { Checklist, DefectLibrary, PackingCheck, Photo, SpecSheet } from '../../src/shared/schema';
import { newTestId } from './fixtures';

let tick = 0;
/** A clock that moves 1 ms per call, so "newest" is well defined. */
export const clock = { now: () => new Date(Date.UTC(2026, 10, 20, 8, 0, 0, (tick += 1))) };
export const sheet: SpecSheet = {
  id: newTestId(),
  styleCode: 'MS-OX-2611',
  version: 1,
  unit: 'cm',
  sizes: ['M', 'L'],
  points: [
    {
      code: 'A01',
      name: { zh: '衣长', en: 'Length' },
      critical: true,
      tolMinus: 1,
      tolPlus: 1,
      targets: { M: 78, L: 80 },
    },
    {
      code: 'A02',
      name: { zh: '胸围', en: 'Chest' },
      critical: false,
      tolMinus: 0.5,
      tolPlus: 1,
      targets: { M: 56, L: 58 },
    },
  ],
};
export const checklist: Checklist = {
  id: newTestId(),
  checklistId: 'final',
  version: 1,
  name: { zh: '尾期', en: 'Final' },
  items: [
    { code: 'APP-001', group: 'appearance', text: { zh: '外观', en: 'Look' }, requiresPhoto: false },
    { code: 'FUN-001', group: 'functional', text: { zh: '拉链', en: 'Zip' }, requiresPhoto: false },
    { code: 'LAB-001', group: 'labelling', text: { zh: '吊牌', en: 'Tag' }, requiresPhoto: false },
  ],
};
export const library: DefectLibrary = {
  id: newTestId(),
  libraryId: 'garment',
  version: 1,
  name: { zh: '疵点库', en: 'Defects' },
  groups: [{ code: 'stitching', name: { zh: '缝制', en: 'Stitching' } }],
  defects: [
    {
      code: 'STI-001',
      group: 'stitching',
      name: { zh: '跳针', en: 'Skipped stitch' },
      defaultSeverity: 'major',
    },
  ],
};

const at = () => clock.now().toISOString();
const photo = (inspectionId: string, target: Photo['target'], deletedAt: string | null = null): Photo => ({
  id: newTestId(),
  inspectionId: inspectionId,
  target,
  sha256: 'a'.repeat(64),
  bytes: 100,
  mime: 'image/jpeg',
  width: 40,
  height: 30,
  annotationOf: null,
  createdAt: at(),
  deletedAt,
});
const packing = (
  inspectionId: string,
  kind: PackingCheck['kind'],
  cartonNo: number | null,
  result: PackingCheck['result'],
): PackingCheck => ({
  id: newTestId(),
  inspectionId: inspectionId,
  kind,
  cartonNo,
  result,
  expected: null,
  actual: null,
  note: null,
  createdAt: at(),
});

/** A final inspection holding every kind of evidence, including removed and superseded records. */
export const fillInspection = async (db: QcDb, inspectionId: string) => {
  const deps = { clock };
  const base = { inspectionId: inspectionId };
  const kept = await addDefect(db, { ...base, code: 'STI-001', severity: 'major', quantity: 2 }, deps);
  await addDefect(db, { ...base, code: 'XYZ-999', severity: 'minor' }, deps);
  await removeDefect(
    db,
    (await addDefect(db, { ...base, code: 'STI-001', severity: 'critical' }, deps)).id,
    deps,
  );
  await db.photos.bulkPut([
    photo(inspectionId, { kind: 'defect', id: kept.id }),
    photo(inspectionId, { kind: 'defect', id: kept.id }, at()),
  ]);
  await db.photos.put(photo(inspectionId, { kind: 'inspection' }));
  const read = (size: string, sampleNo: number, pomCode: string, value: number) =>
    addMeasurement(db, { ...base, size, sampleNo, pomCode, value }, deps);
  await read('M', 1, 'A01', 70); // re-entered below: only the later reading counts
  await read('M', 1, 'A01', 78.5);
  await read('M', 1, 'A02', 58); // +2: out of tolerance
  await read('L', 1, 'A01', 80);
  const answer = (itemCode: string, value: 'pass' | 'fail' | 'na', comment: string | null = null) =>
    answerChecklistItem(db, { ...base, itemCode, answer: value, comment }, deps);
  await answer('APP-001', 'fail', 'first look');
  await answer('APP-001', 'pass', 'pressed again');
  await answer('FUN-001', 'na');
  await db.packingChecks.bulkPut([
    packing(inspectionId, 'carton_opened', 3, 'pass'),
    packing(inspectionId, 'carton_opened', 7, 'pass'),
    packing(inspectionId, 'carton_opened', 9, 'pass'),
    packing(inspectionId, 'shipping_marks', null, 'fail'),
  ]);
  await db.packingChecks.put(packing(inspectionId, 'carton_opened', 9, 'na')); // untick carton 9
  const roll = await addFabricRoll(
    db,
    { ...base, rollNo: 'R1', length: 10, lengthUnit: 'yd', cuttableWidth: 36, widthUnit: 'in' },
    deps,
  );
  await addFabricDefect(
    db,
    { ...base, rollId: roll.id, kind: 'defect', size: 10, unit: 'in', atYard: 1, fullWidth: true },
    deps,
  );
  const rect = { ...base, text: 'Fix collars', owner: 'Li', dueDate: '2026-11-25' };
  await addRectification(db, rect, deps);
  await removeRectification(db, (await addRectification(db, { ...rect, text: 'Dropped' }, deps)).id, deps);
  const sign = (role: 'inspector' | 'factory', name: string) =>
    addSignature(db, { ...base, role, name, path: 'M 1 2 L 30 40', width: 600, height: 200 }, deps);
  await sign('inspector', 'First try');
  await sign('inspector', 'Wang');
  await sign('factory', 'Chen');
  await updateInspection(db, inspectionId, { recommendation: 'fail', recommendationReason: 'Chest' }, deps);
  await db.decisions.put({
    id: newTestId(),
    ...base,
    decision: 'reject',
    comment: 'rework',
    decidedBy: newTestId(),
    decidedAt: at(),
  });
};

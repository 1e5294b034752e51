import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../db/context';
import type { QcDb } from '../../db/db';
import { currentAnswers } from '../../db/repositories/checklist';
import { currentReadings } from '../../db/repositories/measurements';
import { currentPackingChecks } from '../../db/repositories/packing';
import type { Inspection } from '../../shared/schema';
import { drawnCartons } from '../packing/drawn-cartons';
import { packingVerdictInput, summarizePacking } from '../packing/packing-summary';
import type { ClosingEvidence } from './verdict-view';

/**
 * The evidence an inspection is judged on, read from this phone. Shared by the closing tab and
 * the start form (which judges earlier inspections of an order to offer re-inspection links).
 */
export const loadClosingEvidence = async (
  db: QcDb,
  inspection: Pick<Inspection, 'id' | 'specSheetId' | 'checklistId' | 'cartons'>,
): Promise<ClosingEvidence> => {
  const { id, specSheetId, checklistId } = inspection;
  const [all, readings, answers, specSheet, checklist, packing] = await Promise.all([
    db.defects.where('inspectionId').equals(id).toArray(),
    currentReadings(db, id),
    currentAnswers(db, id),
    db.specSheets.get(specSheetId),
    db.checklists.get(checklistId),
    currentPackingChecks(db, id),
  ]);
  return {
    defects: all.filter((d) => d.deletedAt === null),
    readings,
    answers,
    specSheet: specSheet ?? null,
    checklist: checklist ?? null,
    packing: packingVerdictInput(summarizePacking(packing, drawnCartons(inspection))),
  };
};

/**
 * Everything the closing tab judges and shows, as ONE live query: a defect tap, a reading or an
 * answer on another tab (or from sync) re-judges at once. `undefined` while loading.
 */
export const useClosingData = (inspection: Inspection) => {
  const db = useDb();
  const { id, specSheetId, checklistId, cartons } = inspection;
  return useLiveQuery(async () => {
    const [evidence, signatures, rectifications] = await Promise.all([
      loadClosingEvidence(db, { id, specSheetId, checklistId, cartons }),
      db.signatures.where('inspectionId').equals(id).toArray(),
      db.rectifications.where('inspectionId').equals(id).toArray(),
    ]);
    // Signing again replaces the earlier signature of that role: keep the latest per role.
    const latest = [...signatures].sort(
      (a, b) => a.signedAt.localeCompare(b.signedAt) || a.id.localeCompare(b.id),
    );
    return {
      evidence,
      signatures: {
        inspector: latest.findLast((s) => s.role === 'inspector') ?? null,
        factory: latest.findLast((s) => s.role === 'factory') ?? null,
      },
      rectifications: rectifications
        .filter((r) => r.deletedAt === null)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
    };
  }, [db, id, specSheetId, checklistId, cartons]);
};

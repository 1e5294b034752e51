import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../db/context';
import { currentAnswers } from '../../db/repositories/checklist';
import { currentReadings } from '../../db/repositories/measurements';
import type { Inspection } from '../../shared/schema';
import type { ClosingEvidence } from './verdict-view';

/**
 * Everything the closing tab judges and shows, as ONE live query: a defect tap, a reading or an
 * answer on another tab (or from sync) re-judges at once. `undefined` while loading.
 */
export const useClosingData = (inspection: Inspection) => {
  const db = useDb();
  const { id, specSheetId, checklistId } = inspection;
  return useLiveQuery(async () => {
    const [all, readings, answers, specSheet, checklist, signatures, rectifications] = await Promise.all([
      db.defects.where('inspectionId').equals(id).toArray(),
      currentReadings(db, id),
      currentAnswers(db, id),
      db.specSheets.get(specSheetId),
      db.checklists.get(checklistId),
      db.signatures.where('inspectionId').equals(id).toArray(),
      db.rectifications.where('inspectionId').equals(id).toArray(),
    ]);
    const evidence: ClosingEvidence = {
      defects: all.filter((d) => d.deletedAt === null),
      readings,
      answers,
      specSheet: specSheet ?? null,
      checklist: checklist ?? null,
    };
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
  }, [db, id, specSheetId, checklistId]);
};

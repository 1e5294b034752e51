/**
 * One keypad entry → one saved reading. Turns the typed text into an absolute reading (see
 * entry.ts) and hands it to the repository; every failure comes back as a message key, and an
 * invalid entry never reaches the database.
 */
import type { MessageKey } from '../../app/i18n';
import type { QcDb } from '../../db/db';
import { InspectionLockedError } from '../../db/repositories/inspections';
import { NotOnSpecSheetError, addMeasurement } from '../../db/repositories/measurements';
import type { WriteClock } from '../../db/repositories/outbox';
import type { IdGenerator } from '../../db/ids';
import type { PomSpec } from '../../shared/domain';
import type { Measurement } from '../../shared/schema';
import type { Cursor } from './cursor';
import { resolveEntry } from './entry';

export interface EntryToSave {
  inspectionId: string;
  cell: Cursor;
  spec: PomSpec;
  text: string;
  deviation: boolean;
}

export type SaveResult = { ok: true; reading: Measurement } | { ok: false; error: MessageKey };

export const saveEntry = async (
  db: QcDb,
  entry: EntryToSave,
  deps: { clock?: WriteClock; newId?: IdGenerator } = {},
): Promise<SaveResult> => {
  const resolved = resolveEntry(entry.text, entry.spec, entry.deviation);
  if (!resolved.ok) return { ok: false, error: resolved.error };
  try {
    const reading = await addMeasurement(
      db,
      {
        inspectionId: entry.inspectionId,
        size: entry.cell.size,
        sampleNo: entry.cell.sampleNo,
        pomCode: entry.spec.id,
        value: resolved.value,
      },
      deps,
    );
    return { ok: true, reading };
  } catch (error) {
    if (error instanceof InspectionLockedError) return { ok: false, error: 'error.inspection-locked' };
    if (error instanceof NotOnSpecSheetError) return { ok: false, error: 'measure.error.notOnSheet' };
    return { ok: false, error: 'measure.error.saveFailed' };
  }
};

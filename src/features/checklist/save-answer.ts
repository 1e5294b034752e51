/** One tap → one saved answer; refusals come back as message keys, never as thrown errors. */
import type { MessageKey } from '../../app/i18n';
import type { QcDb } from '../../db/db';
import {
  PhotoRequiredError,
  UnknownChecklistItemError,
  answerChecklistItem,
  type AnswerChecklistInput,
} from '../../db/repositories/checklist';
import { InspectionLockedError } from '../../db/repositories/inspections';

export const saveAnswer = async (
  db: QcDb,
  input: AnswerChecklistInput,
): Promise<{ ok: true } | { ok: false; error: MessageKey }> => {
  try {
    await answerChecklistItem(db, input);
    return { ok: true };
  } catch (error) {
    if (error instanceof PhotoRequiredError) return { ok: false, error: 'checklist.error.photoRequired' };
    if (error instanceof InspectionLockedError) return { ok: false, error: 'error.inspection-locked' };
    if (error instanceof UnknownChecklistItemError)
      return { ok: false, error: 'checklist.error.unknownItem' };
    return { ok: false, error: 'checklist.error.saveFailed' };
  }
};

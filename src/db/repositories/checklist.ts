/**
 * Checklist commands and reads. Answers are append-only: every tap is a new `checklist.answer`
 * record and the newest one per item is the current answer, so two taps never overwrite each
 * other on the way to the server. Owns the rule that an item needing a photo cannot be passed
 * without a live one — enforced here, inside the write transaction, not only by a disabled button.
 */
import { z } from 'zod';
import { ChecklistAnswer } from '../../shared/schema';
import type { QcDb } from '../db';
import { newId as defaultNewId, type IdGenerator } from '../ids';
import { loadWritableInspection } from './measurements';
import { commitWithOutbox, systemClock, type WriteClock } from './outbox';
import { livePhotosOf } from './photos';

export const AnswerChecklistInput = ChecklistAnswer.pick({
  inspectionId: true,
  itemCode: true,
  answer: true,
}).extend({
  comment: z.string().max(2000).nullable().default(null),
});
export type AnswerChecklistInput = z.input<typeof AnswerChecklistInput>;

export class UnknownChecklistItemError extends Error {
  constructor(readonly itemCode: string) {
    super(`item ${itemCode} is not on the checklist this inspection pinned`);
  }
}

export class PhotoRequiredError extends Error {
  constructor(readonly itemCode: string) {
    super(`item ${itemCode} needs a photo before it can pass`);
  }
}

export const answerChecklistItem = async (
  db: QcDb,
  input: AnswerChecklistInput,
  deps: { clock?: WriteClock; newId?: IdGenerator } = {},
): Promise<ChecklistAnswer> => {
  const { clock = systemClock, newId = defaultNewId } = deps;
  const valid = AnswerChecklistInput.parse(input);
  // A comment of only spaces is no comment: keep the record comparable to "none".
  const comment = valid.comment?.trim() || null;
  const record = ChecklistAnswer.parse({
    id: newId(),
    ...valid,
    comment,
    createdAt: clock.now().toISOString(),
    deletedAt: null,
  });
  const tables = [db.inspections, db.checklists, db.checklistAnswers, db.photos, db.outbox, db.meta];
  return db.transaction('rw', tables, async () => {
    const inspection = await loadWritableInspection(db, valid.inspectionId);
    const checklist = await db.checklists.get(inspection.checklistId);
    const item = checklist?.items.find((i) => i.code === valid.itemCode);
    if (!item) throw new UnknownChecklistItemError(valid.itemCode);
    // Read in the same transaction: a photo removed a moment ago cannot still let the pass through.
    if (item.requiresPhoto && valid.answer === 'pass') {
      const target = { kind: 'checklist_item', code: item.code } as const;
      const photos = await livePhotosOf(db, valid.inspectionId, target);
      if (photos.length === 0) throw new PhotoRequiredError(item.code);
    }
    await commitWithOutbox(
      db,
      db.checklistAnswers,
      record,
      { name: 'checklist.answer', args: record },
      clock,
    );
    return record;
  });
};

/** The newest live answer per item; ties on createdAt go to the larger (later UUIDv7) id. */
export const latestAnswers = (answers: readonly ChecklistAnswer[]): Map<string, ChecklistAnswer> => {
  const latest = new Map<string, ChecklistAnswer>();
  for (const a of answers) {
    if (a.deletedAt !== null) continue;
    const seen = latest.get(a.itemCode);
    if (!seen || a.createdAt > seen.createdAt || (a.createdAt === seen.createdAt && a.id > seen.id)) {
      latest.set(a.itemCode, a);
    }
  }
  return latest;
};

export const currentAnswers = async (db: QcDb, inspectionId: string): Promise<Map<string, ChecklistAnswer>> =>
  latestAnswers(await db.checklistAnswers.where('inspectionId').equals(inspectionId).toArray());

/** Checklist progress: answered and failed items of the pinned checklist (pure, for screen and report). */
import type { ChecklistAnswer, ChecklistItem } from '../../shared/schema';

export interface ChecklistProgress {
  answered: number;
  total: number;
  failed: number;
}

export const checklistProgress = (
  items: readonly ChecklistItem[],
  current: ReadonlyMap<string, ChecklistAnswer>,
): ChecklistProgress => {
  let answered = 0;
  let failed = 0;
  for (const item of items) {
    const answer = current.get(item.code);
    if (!answer) continue;
    answered += 1;
    if (answer.answer === 'fail') failed += 1;
  }
  return { answered, total: items.length, failed };
};

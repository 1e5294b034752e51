import { useT } from '../../app/i18n';
import { useChecklist, useCurrentAnswers } from '../../db/hooks-evidence';
import { ChecklistGroupCode } from '../../shared/schema';
import { Notice } from '../../ui/Notice';
import type { InspectionPanelProps } from '../inspections/panel-props';
import { useLivePhotos } from '../photos/use-photos';
import { ChecklistItemRow } from './ChecklistItemRow';
import { checklistProgress } from './progress';
import './checklist.css';

/** The Checklist tab: the items of the checklist version the inspection pinned, by group. */
export const ChecklistPanel = ({ inspection, locked }: InspectionPanelProps) => {
  const t = useT();
  const checklist = useChecklist(inspection.checklistId);
  const answers = useCurrentAnswers(inspection.id);
  const photos = useLivePhotos(inspection.id);
  if (checklist === undefined || answers === undefined || photos === undefined)
    return <p className="loading">{t('app.loading')}</p>;
  if (checklist === null) return <Notice tone="warn">{t('checklist.missing')}</Notice>;
  const progress = checklistProgress(checklist.items, answers);
  // One count per item (a number, so a memoised row re-renders only when its own count changes).
  const photoCounts = new Map<string, number>();
  for (const photo of photos) {
    if (photo.target.kind === 'checklist_item') {
      photoCounts.set(photo.target.code, (photoCounts.get(photo.target.code) ?? 0) + 1);
    }
  }
  const groups = ChecklistGroupCode.options
    .map((group) => ({ group, items: checklist.items.filter((item) => item.group === group) }))
    .filter(({ items }) => items.length > 0);
  return (
    <section className="checklist" data-testid="checklist-panel" data-locked={locked}>
      {locked && <Notice tone="info">{t('checklist.locked')}</Notice>}
      <p
        className={`checklist-progress${progress.failed > 0 ? ' has-failed' : ''}`}
        data-testid="checklist-progress"
        data-answered={progress.answered}
        data-total={progress.total}
        data-failed={progress.failed}
        aria-live="polite"
      >
        {t('checklist.progress', { ...progress })}
      </p>
      {groups.map(({ group, items }) => (
        <section key={group} className="checklist-group" aria-labelledby={`checklist-group-${group}`}>
          <h3 id={`checklist-group-${group}`}>{t(`checklist.group.${group}`)}</h3>
          <ul className="checklist-items">
            {items.map((item) => (
              <ChecklistItemRow
                key={item.code}
                inspectionId={inspection.id}
                item={item}
                current={answers.get(item.code)}
                photoCount={photoCounts.get(item.code) ?? 0}
                locked={locked}
              />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
};

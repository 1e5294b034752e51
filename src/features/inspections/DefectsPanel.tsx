import { useState } from 'react';
import { useT } from '../../app/i18n';
import { useDb } from '../../db/context';
import { useDefectLibrary, useLiveDefects } from '../../db/hooks';
import { addDefect, removeDefect } from '../../db/repositories/defects';
import type { Severity } from '../../shared/schema';
import { Notice } from '../../ui/Notice';
import { DefectLibraryPanel } from '../defects/DefectLibraryPanel';
import { RecordedDefects } from '../defects/RecordedDefects';
import { SeverityPicker } from '../defects/SeverityPicker';
import { usePlans } from '../plans/use-plans';
import { ClassTotals } from './ClassTotals';
import type { InspectionPanelProps } from './panel-props';

/** The defect-counting tab: severity, running totals against Re, the library and the record. */
export const DefectsPanel = ({ inspection, locked }: InspectionPanelProps) => {
  const t = useT();
  const db = useDb();
  const [severity, setSeverity] = useState<Severity>('major');
  const library = useDefectLibrary(inspection.defectLibraryId);
  const defects = useLiveDefects(inspection.id);
  const plans = usePlans(inspection);
  // Each tap is its own committed transaction; the live query shows it once it is on disk.
  // Locked: the fieldset around the panel disables the buttons; the repository refuses anyway.
  const add = (code: string) => {
    if (!locked) void addDefect(db, { inspectionId: inspection.id, code, severity });
  };
  const remove = (defectId: string) => {
    if (!locked) void removeDefect(db, defectId);
  };

  // Render only once the defects are read: a "0" total during loading would look like lost work.
  if (defects === undefined || library === undefined) return <p className="loading">{t('app.loading')}</p>;
  return (
    <>
      {/* Severity and totals stay in reach of the thumb while the library scrolls. */}
      <div className="sticky-tools">
        <SeverityPicker value={severity} onChange={setSeverity} />
        <ClassTotals defects={defects} plans={plans.plans} />
      </div>
      {library === null && <Notice tone="warn">{t('inspection.libraryMissing')}</Notice>}
      {library && <DefectLibraryPanel library={library} inspection={inspection} onPick={add} />}
      <RecordedDefects
        defects={defects}
        library={library}
        inspection={inspection}
        locked={locked}
        onRemove={remove}
      />
    </>
  );
};

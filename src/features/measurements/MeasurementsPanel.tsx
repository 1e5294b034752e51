import { useMemo } from 'react';
import { useT } from '../../app/i18n';
import { useHighestSampleNo, useSpecSheet } from '../../db/hooks-evidence';
import type { Inspection, SpecSheet } from '../../shared/schema';
import { Notice } from '../../ui/Notice';
import type { InspectionPanelProps } from '../inspections/panel-props';
import { clampCursor, type GridShape } from './cursor';
import { EntryDisplay } from './EntryDisplay';
import { Keypad } from './Keypad';
import { MeasureGrid } from './MeasureGrid';
import { MeasureSettings } from './MeasureSettings';
import { MeasureSummary } from './MeasureSummary';
import { useEntryStore } from './entry-store';
import { useMeasurePrefs } from './prefs-store';
import { chosenSizes, pomSpec } from './spec';
import { useMeasureCommands } from './use-measure-commands';
import './measurements.css';

/** The Measurements tab: readings against the spec sheet the inspection pinned. */
export const MeasurementsPanel = ({ inspection, locked }: InspectionPanelProps) => {
  const t = useT();
  const sheet = useSpecSheet(inspection.specSheetId);
  const highest = useHighestSampleNo(inspection.id);
  if (sheet === undefined || highest === undefined) return <p className="loading">{t('app.loading')}</p>;
  if (sheet === null) return <Notice tone="warn">{t('measure.sheetMissing')}</Notice>;
  return <Workspace inspection={inspection} sheet={sheet} highest={highest} locked={locked} />;
};

interface WorkspaceProps {
  inspection: Inspection;
  sheet: SpecSheet;
  highest: number;
  locked: boolean;
}

const Workspace = ({ inspection, sheet, highest, locked }: WorkspaceProps) => {
  const t = useT();
  const prefs = useMeasurePrefs(inspection.id);
  const sizes = useMemo(() => chosenSizes(sheet, prefs.sizes), [sheet, prefs.sizes]);
  // Never fewer columns than recorded samples: lowering the count must not hide saved readings.
  const samples = Math.max(prefs.samples, highest);
  const shape = useMemo<GridShape>(
    () => ({
      sizes,
      samples,
      pomCount: sheet.points.length,
      applicable: (size, pomIndex) => sheet.points[pomIndex]?.targets[size] !== undefined,
    }),
    [sheet, sizes, samples],
  );
  // A stable object while the cell is the same, so the memoised grid skips unrelated renders.
  const cursor = useMemo(() => clampCursor(prefs.cursor, shape), [prefs.cursor, shape]);
  const { select, press, next } = useMeasureCommands(inspection.id, sheet, shape, cursor);
  const hasText = useEntryStore((state) => state.text !== '');
  const pom = sheet.points[cursor.pomIndex];
  const spec = pom ? pomSpec(pom, cursor.size, sheet.unit) : null;
  return (
    <section className="measure" data-testid="measurements-panel" data-locked={locked}>
      {locked && <Notice tone="info">{t('measure.locked')}</Notice>}
      <MeasureSettings
        inspectionId={inspection.id}
        sheet={sheet}
        sizes={sizes}
        samples={prefs.samples}
        highest={highest}
        locked={locked}
      />
      <div className="measure-work">
        <MeasureGrid
          inspectionId={inspection.id}
          sheet={sheet}
          sizes={sizes}
          samples={samples}
          cursor={cursor}
          active={!prefs.done}
          locked={locked}
          onSelect={select}
        />
        {!locked && (
          <div className="entry-pad">
            <EntryDisplay
              inspectionId={inspection.id}
              cursor={cursor}
              done={prefs.done}
              pom={pom}
              spec={spec}
            />
            <Keypad
              fractions={sheet.unit === 'inch'}
              hasText={hasText}
              disabled={prefs.done}
              onKey={press}
              onNext={next}
            />
          </div>
        )}
      </div>
      <MeasureSummary inspectionId={inspection.id} sheet={sheet} />
    </section>
  );
};

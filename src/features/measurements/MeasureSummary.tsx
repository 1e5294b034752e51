import { memo, useMemo } from 'react';
import { useT } from '../../app/i18n';
import { useCurrentReadings } from '../../db/hooks-evidence';
import type { SpecSheet } from '../../shared/schema';
import { formatLength, lengthUnit } from './spec';
import { summarizeSheet } from './summary';

/** Per-POM counts over every size; its own live query, so the grid does not re-render with it. */
export const MeasureSummary = memo(({ inspectionId, sheet }: { inspectionId: string; sheet: SpecSheet }) => {
  const t = useT();
  const readings = useCurrentReadings(inspectionId);
  const summary = useMemo(() => (readings ? summarizeSheet(sheet, readings) : null), [sheet, readings]);
  if (!summary) return null;
  const unit = lengthUnit(sheet.unit);
  const dev = (d: number | null) => (d === null ? '–' : formatLength(d, unit, true));
  return (
    <section className="card measure-summary" aria-labelledby="measure-summary-title">
      <h2 id="measure-summary-title">{t('measure.summary')}</h2>
      <p
        className="muted"
        data-testid="measure-totals"
        data-measured={summary.measured}
        data-out={summary.out}
      >
        {t('measure.summaryTotals', { measured: summary.measured, out: summary.out })}
      </p>
      <table className="summary-table">
        <thead>
          <tr>
            <th scope="col">{t('measure.pom')}</th>
            <th scope="col">{t('measure.summaryCount')}</th>
            <th scope="col">{t('measure.summaryOut')}</th>
            <th scope="col">{t('measure.summaryRange')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((row) => (
            <tr
              key={row.pomCode}
              data-testid="measure-summary-row"
              data-pom={row.pomCode}
              data-out={row.out}
              className={row.out > 0 ? 'has-out' : undefined}
            >
              <th scope="row">
                {row.pomCode}
                {row.critical && <span className="pom-critical"> ★</span>}
              </th>
              <td>{row.measured}</td>
              <td className={row.out > 0 ? 'out-count' : undefined}>{row.out}</td>
              <td>
                {dev(row.minDeviation)} / {dev(row.maxDeviation)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
});
MeasureSummary.displayName = 'MeasureSummary';

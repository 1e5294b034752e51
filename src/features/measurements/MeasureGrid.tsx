import { memo, useMemo } from 'react';
import { useBilingual, useLocale, useT } from '../../app/i18n';
import { useReadingsWindow } from '../../db/hooks-evidence';
import type { PointOfMeasure, SpecSheet } from '../../shared/schema';
import { WINDOW, windowStart, type Cursor } from './cursor';
import { GridNav } from './GridNav';
import { MeasureCell } from './MeasureCell';
import { formatLength, lengthUnit, pomSpec } from './spec';

interface Props {
  inspectionId: string;
  sheet: SpecSheet;
  sizes: readonly string[];
  samples: number;
  cursor: Cursor;
  /** False after the last cell was saved: no cell is highlighted as the next one. */
  active: boolean;
  locked: boolean;
  onSelect: (cell: Cursor) => void;
}

/**
 * POM rows × a window of WINDOW samples of ONE size: at most 4 × (number of POMs) cells are in
 * the DOM whatever the sample size, and only that window is read (an index range query).
 */
export const MeasureGrid = memo(
  ({ inspectionId, sheet, sizes, samples, cursor, active, locked, onSelect }: Props) => {
    const t = useT();
    const text = useBilingual();
    const { size } = cursor;
    const from = windowStart(cursor.sampleNo);
    const to = Math.min(from + WINDOW - 1, samples);
    const readings = useReadingsWindow(inspectionId, size, from, to);
    const specs = useMemo(() => sheet.points.map((p) => pomSpec(p, size, sheet.unit)), [sheet, size]);
    const values = useMemo(
      () => new Map((readings ?? []).map((r) => [`${r.sampleNo}:${r.pomCode}`, r.value])),
      [readings],
    );
    const sampleNos = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    return (
      <div className="measure-grid-wrap">
        <GridNav sizes={sizes} cursor={cursor} from={from} to={to} samples={samples} onSelect={onSelect} />
        <table
          className="measure-grid"
          data-testid="measure-grid"
          data-size={size}
          data-from={from}
          data-to={to}
        >
          <thead>
            <tr>
              <th scope="col">{t('measure.pom')}</th>
              {sampleNos.map((no) => (
                <th key={no} scope="col" aria-label={t('measure.sample', { no })}>
                  #{no}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sheet.points.map((pom, pomIndex) => (
              <tr
                key={pom.code}
                className={active && cursor.pomIndex === pomIndex ? 'is-cursor-row' : undefined}
              >
                <PomHeader pom={pom} target={specs[pomIndex]?.target} unit={sheet.unit} />
                {sampleNos.map((no) => (
                  <MeasureCell
                    key={no}
                    inspectionId={inspectionId}
                    size={size}
                    sampleNo={no}
                    pomIndex={pomIndex}
                    pomCode={pom.code}
                    pomLabel={`${pom.code} ${text(pom.name)}`}
                    spec={specs[pomIndex] ?? null}
                    value={values.get(`${no}:${pom.code}`)}
                    isCursor={active && !locked && cursor.sampleNo === no && cursor.pomIndex === pomIndex}
                    locked={locked}
                    onSelect={onSelect}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  },
);
MeasureGrid.displayName = 'MeasureGrid';

/** Code, critical mark, name in the current language with the other below, target and tolerance. */
const PomHeader = ({
  pom,
  target,
  unit,
}: {
  pom: PointOfMeasure;
  target: number | undefined;
  unit: SpecSheet['unit'];
}) => {
  const t = useT();
  const text = useBilingual();
  const locale = useLocale();
  const u = lengthUnit(unit);
  return (
    <th scope="row" className="pom-head">
      <span className="pom-name">
        <span className="pom-code">{pom.code}</span>
        {pom.critical && (
          <span className="pom-critical" title={t('measure.critical')} aria-label={t('measure.critical')}>
            {' ★'}
          </span>
        )}{' '}
        {text(pom.name)}
      </span>
      <span className="pom-name-other" lang={locale === 'zh-CN' ? 'en' : 'zh-CN'}>
        {locale === 'zh-CN' ? pom.name.en : pom.name.zh}
      </span>
      <span className="pom-target">
        {target === undefined
          ? t('measure.notGraded')
          : t('measure.targetShort', {
              target: formatLength(target, u),
              minus: formatLength(pom.tolMinus, u),
              plus: formatLength(pom.tolPlus, u),
            })}
      </span>
    </th>
  );
};

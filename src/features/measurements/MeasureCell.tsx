import { memo, useEffect, useRef } from 'react';
import { useT } from '../../app/i18n';
import { judgeReading, type PomSpec } from '../../shared/domain';
import type { Cursor } from './cursor';
import { resolveEntry } from './entry';
import { useEntryStore } from './entry-store';
import { usePrefsStore } from './prefs-store';
import { formatLength } from './spec';

interface Props {
  inspectionId: string;
  size: string;
  sampleNo: number;
  pomIndex: number;
  pomCode: string;
  pomLabel: string;
  spec: PomSpec | null;
  value: number | undefined;
  isCursor: boolean;
  locked: boolean;
  onSelect: (cell: Cursor) => void;
}

/**
 * One grid cell. Memoised on primitive props, and it reads the typed text only while it is the
 * cursor, so a key press re-renders this one cell, not the grid.
 */
export const MeasureCell = memo((props: Props) => {
  const { inspectionId, size, sampleNo, pomIndex, spec, value, isCursor, locked, onSelect } = props;
  const t = useT();
  const ref = useRef<HTMLButtonElement>(null);
  const text = useEntryStore((state) => (isCursor ? state.text : ''));
  const deviation = usePrefsStore((state) => isCursor && (state.prefs[inspectionId]?.deviation ?? false));
  useEffect(() => {
    // scroll-margin in CSS keeps the cell clear of the sticky keypad.
    if (isCursor) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [isCursor]);

  const saved =
    value === undefined || !spec ? 'empty' : judgeReading(spec, value).status === 'in' ? 'ok' : 'out';
  const preview = text && spec ? resolveEntry(text, spec, deviation) : null;
  const previewState = preview ? (preview.ok ? (preview.out ? 'out' : 'ok') : 'invalid') : undefined;
  const shown = text || (value !== undefined && spec ? formatLength(value, spec.unit) : '');
  const spoken =
    value === undefined
      ? t('measure.cellEmpty')
      : `${shown}, ${t(saved === 'out' ? 'measure.cellOut' : 'measure.cellOk')}`;
  return (
    <td className="measure-td">
      <button
        ref={ref}
        type="button"
        className={`measure-cell state-${previewState ?? saved}${isCursor ? ' is-cursor' : ''}`}
        data-testid="measure-cell"
        data-sample={sampleNo}
        data-pom={props.pomCode}
        data-size={size}
        data-state={saved}
        data-preview={previewState}
        aria-current={isCursor ? 'true' : undefined}
        aria-label={
          spec
            ? t('measure.cellLabel', { size, no: sampleNo, pom: props.pomLabel, value: spoken })
            : t('measure.notGraded')
        }
        disabled={locked || !spec}
        onClick={() => onSelect({ size, sampleNo, pomIndex })}
      >
        {spec ? shown || '·' : '—'}
      </button>
    </td>
  );
});
MeasureCell.displayName = 'MeasureCell';

import { useT } from '../../app/i18n';
import { WINDOW, type Cursor } from './cursor';

interface Props {
  sizes: readonly string[];
  cursor: Cursor;
  from: number;
  to: number;
  samples: number;
  onSelect: (cell: Cursor) => void;
}

/** Size tabs and the sample pager; both just move the cursor, and the grid follows it. */
export const GridNav = ({ sizes, cursor, from, to, samples, onSelect }: Props) => {
  const t = useT();
  const jump = (sampleNo: number) => onSelect({ size: cursor.size, sampleNo, pomIndex: 0 });
  return (
    <div className="grid-nav">
      {sizes.length > 1 && (
        <div className="size-tabs" role="group" aria-label={t('measure.sizes')}>
          {sizes.map((size) => (
            <button
              key={size}
              type="button"
              className={`chip${size === cursor.size ? ' is-selected' : ''}`}
              aria-pressed={size === cursor.size}
              aria-label={t('measure.showSize', { size })}
              data-testid={`measure-show-${size}`}
              onClick={() => onSelect({ size, sampleNo: 1, pomIndex: 0 })}
            >
              {size}
            </button>
          ))}
        </div>
      )}
      <div className="pager">
        <button
          type="button"
          className="btn btn-small"
          data-testid="measure-prev-window"
          aria-label={t('measure.prevWindow')}
          disabled={from <= 1}
          onClick={() => jump(Math.max(1, from - WINDOW))}
        >
          ‹
        </button>
        <span className="pager-label" aria-live="polite">
          {t('measure.window', { from, to, total: samples })}
        </span>
        <button
          type="button"
          className="btn btn-small"
          data-testid="measure-next-window"
          aria-label={t('measure.nextWindow')}
          disabled={to >= samples}
          onClick={() => jump(from + WINDOW)}
        >
          ›
        </button>
      </div>
    </div>
  );
};

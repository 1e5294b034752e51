import { useBilingual, useT } from '../../app/i18n';
import type { Defect, DefectLibrary } from '../../shared/schema';

interface Props {
  defects: Defect[];
  library: DefectLibrary | null;
  onRemove: (id: string) => void;
}

/** Live defects, newest first; removal tombstones (see the defects repository). */
export const RecordedDefects = ({ defects, library, onRemove }: Props) => {
  const t = useT();
  const text = useBilingual();
  const nameOf = (code: string) => {
    const type = library?.defects.find((d) => d.code === code);
    return type ? text(type.name) : code;
  };
  return (
    <section className="card recorded">
      <h2>{t('inspection.recorded')}</h2>
      {defects.length === 0 && <p className="muted">{t('inspection.none')}</p>}
      <ul className="recorded-list">
        {[...defects].reverse().map((defect) => (
          <li
            key={defect.id}
            className="recorded-defect"
            data-testid="recorded-defect"
            data-code={defect.code}
          >
            <span className={`dot dot-${defect.severity}`} aria-hidden="true" />
            <span className="recorded-name">
              {nameOf(defect.code)} <span className="defect-code">{defect.code}</span>
            </span>
            <span className="muted">{t(`severity.${defect.severity}`)}</span>
            <button
              type="button"
              className="btn btn-small"
              data-testid="remove-defect"
              onClick={() => onRemove(defect.id)}
            >
              {t('inspection.remove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
};

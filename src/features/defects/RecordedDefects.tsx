import { useState } from 'react';
import { useBilingual, useT } from '../../app/i18n';
import type { Defect, DefectLibrary, Inspection } from '../../shared/schema';
import './defects.css';
import { DefectSheet } from './DefectSheet';
import { locationLabel } from './locations';

interface Props {
  defects: Defect[];
  library: DefectLibrary | null;
  inspection: Inspection;
  locked: boolean;
  onRemove: (id: string) => void;
}

/**
 * Live defects, newest first; removal tombstones (see the defects repository). Tapping a row
 * opens its detail sheet; the sheet follows the record by id, so it closes itself when the
 * record is replaced or removed (here or by sync).
 */
export const RecordedDefects = ({ defects, library, inspection, locked, onRemove }: Props) => {
  const t = useT();
  const text = useBilingual();
  const [openId, setOpenId] = useState<string | null>(null);
  const open = defects.find((d) => d.id === openId) ?? null;
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
            data-quantity={defect.quantity}
          >
            <span className={`dot dot-${defect.severity}`} aria-hidden="true" />
            {/* The row's main area is a button: tap = open details (44 px+ target). */}
            <button
              type="button"
              className="recorded-open"
              data-testid="open-defect"
              onClick={() => setOpenId(defect.id)}
              aria-label={t('defects.openDetails', { name: nameOf(defect.code) })}
            >
              <span className="recorded-name">
                {nameOf(defect.code)} <span className="defect-code">{defect.code}</span>
                {defect.quantity > 1 && <strong className="recorded-qty"> ×{defect.quantity}</strong>}
              </span>
              <span className="muted small">
                {[
                  t(`severity.${defect.severity}`),
                  locationLabel(defect.location, t),
                  defect.carton === null ? null : t('defects.cartonShort', { carton: defect.carton }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </button>
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
      {open && (
        <DefectSheet
          key={open.id}
          defect={open}
          inspection={inspection}
          library={library}
          locked={locked}
          onClose={() => setOpenId(null)}
        />
      )}
    </section>
  );
};

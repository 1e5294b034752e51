import { useT } from '../../app/i18n';
import { useDb } from '../../db/context';
import { removeFabricDefect } from '../../db/repositories/fabric';
import { defectPoints } from '../../shared/domain';
import type { FabricDefect } from '../../shared/schema';
import { FABRIC_CONFIG } from './fabric-score';

/** The defects of one roll, newest first (the one just tapped is the one to undo). */
export const FabricDefectList = ({ defects, locked }: { defects: FabricDefect[]; locked: boolean }) => {
  const t = useT();
  const db = useDb();
  if (defects.length === 0) return <p className="muted small">{t('fabric.noDefects')}</p>;
  return (
    <ol className="fabric-defects" aria-label={t('fabric.defects')}>
      {[...defects].reverse().map((d) => (
        <li key={d.id} className="fabric-defect-row" data-testid="fabric-defect-row" data-id={d.id}>
          <span>
            {t('fabric.defectRow', {
              kind: t(`fabric.kind.${d.kind}`),
              size: d.size,
              unit: d.unit,
              at: Math.round(d.atYard * 100) / 100,
              points: defectPoints(d, FABRIC_CONFIG.holes),
            })}
            {d.fullWidth && <span className="tag fabric-full-tag">{t('fabric.fullWidthTag')}</span>}
          </span>
          {!locked && (
            <button
              type="button"
              className="btn btn-small"
              data-testid="fabric-defect-remove"
              onClick={() => void removeFabricDefect(db, d.id)}
            >
              {t('inspection.remove')}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
};

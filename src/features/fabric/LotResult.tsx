import { useT } from '../../app/i18n';
import { FABRIC_CONFIG, formatPoints, type FabricLot } from './fabric-score';

/** The lot's 4-point result: shown on the fabric tab and again in the closing tab. */
export const LotResult = ({ lot, rollCount }: { lot: FabricLot; rollCount: number }) => {
  const t = useT();
  const { result, status } = lot;
  return (
    <section className="card fabric-lot" aria-label={t('fabric.lotTitle')}>
      <h2>{t('fabric.lotTitle')}</h2>
      <p
        className={`verdict-result verdict-${status}`}
        data-testid="fabric-lot-result"
        data-result={status}
        aria-live="polite"
      >
        {t(`fabric.result.${status}`)}
      </p>
      {result && (
        <>
          <p>
            {t('fabric.lotScore', {
              value: formatPoints(result.lotPer100SquareYards),
              limit: FABRIC_CONFIG.lotThreshold ?? '—',
            })}
          </p>
          <p className="muted small">
            {t('fabric.lotRolls', {
              count: rollCount,
              failed: result.failedRolls.length,
              downgraded: result.downgradedRolls.length,
            })}
          </p>
        </>
      )}
      {!result && rollCount > 0 && <p className="field-error">{t('fabric.lotInvalid')}</p>}
    </section>
  );
};

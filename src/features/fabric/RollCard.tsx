import { useT } from '../../app/i18n';
import type { RollWithDefects } from '../../db/repositories/fabric';
import type { RollResult } from '../../shared/domain';
import { DefectPad } from './DefectPad';
import { FabricDefectList } from './FabricDefectList';
import { formatPoints } from './fabric-score';

interface Props {
  item: RollWithDefects;
  score: RollResult | undefined;
  open: boolean;
  locked: boolean;
  onOpen: () => void;
}

/** One roll: its size, live score and result; the open roll also shows the defect pad. */
export const RollCard = ({ item, score, open, locked, onOpen }: Props) => {
  const t = useT();
  const { roll, defects } = item;
  const result = score ? (score.pass ? 'pass' : 'fail') : 'pending';
  return (
    <article
      className={`card roll-card roll-${result}`}
      data-testid="roll-card"
      data-roll-id={roll.id}
      data-points-per-100={score ? formatPoints(score.per100SquareYards) : ''}
      data-result={result}
    >
      <header className="roll-head">
        <h3>{t('fabric.rollTitle', { no: roll.rollNo })}</h3>
        <span className={`roll-result roll-result-${result}`}>{t(`fabric.result.${result}`)}</span>
      </header>
      <p className="muted small">
        {t('fabric.rollSize', {
          length: roll.length,
          lengthUnit: roll.lengthUnit,
          width: roll.cuttableWidth,
          widthUnit: roll.widthUnit,
        })}
      </p>
      {score && (
        <p className="roll-score" aria-live="polite">
          <strong>{t('fabric.points', { points: score.points })}</strong> ·{' '}
          {t('fabric.per100yd', { value: formatPoints(score.per100SquareYards) })} ·{' '}
          {t('fabric.per100m', { value: formatPoints(score.per100SquareMeters) })}
        </p>
      )}
      {score?.fullWidth.downgrade && (
        <p className="roll-downgrade" data-testid="roll-downgrade">
          {t('fabric.downgrade', {
            count: score.fullWidth.count,
            per: formatPoints(score.fullWidth.per100Yards),
            allowed: score.fullWidth.allowedPer100Yards,
          })}
        </p>
      )}
      {open ? (
        <>
          {!locked && <DefectPad key={roll.id} roll={roll} last={defects.at(-1)} />}
          <FabricDefectList defects={defects} locked={locked} />
        </>
      ) : (
        <button type="button" className="btn btn-block" data-testid="roll-open" onClick={onOpen}>
          {t('fabric.record')}
        </button>
      )}
    </article>
  );
};

import { useT } from '../../app/i18n';
import { scoreRolls } from './fabric-score';
import { LotResult } from './LotResult';
import { useFabricRolls } from './use-fabric-data';
import './fabric.css';

/**
 * The lot's 4-point result for the closing tab. computeVerdict has no fabric input, so the lot
 * result is shown beside the computed verdict rather than folded into it.
 */
export const FabricLotCard = ({ inspectionId }: { inspectionId: string }) => {
  const t = useT();
  const rolls = useFabricRolls(inspectionId);
  if (rolls === undefined) return <p className="loading">{t('app.loading')}</p>;
  return <LotResult lot={scoreRolls(rolls)} rollCount={rolls.length} />;
};

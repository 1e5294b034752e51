import { useState } from 'react';
import { useT } from '../../app/i18n';
import type { InspectionPanelProps } from '../inspections/panel-props';
import { scoreRolls } from './fabric-score';
import { LotResult } from './LotResult';
import { RollCard } from './RollCard';
import { RollForm } from './RollForm';
import { useFabricRolls } from './use-fabric-data';
import './fabric.css';

/** The fabric tab (4-point system): lot result on top, then the rolls, then "add roll". */
export const FabricPanel = ({ inspection, locked }: InspectionPanelProps) => {
  const t = useT();
  const rolls = useFabricRolls(inspection.id);
  const [adding, setAdding] = useState(false);
  // The roll being inspected; by default the newest one, which is where the inspector works.
  const [openId, setOpenId] = useState<string | null>(null);
  if (rolls === undefined) return <p className="loading">{t('app.loading')}</p>;
  const lot = scoreRolls(rolls);
  const scores = new Map(lot.result?.rolls.map((r) => [r.id, r]));
  const current = openId ?? rolls.at(-1)?.roll.id ?? null;
  return (
    <section className="fabric" data-testid="fabric-panel">
      <LotResult lot={lot} rollCount={rolls.length} />
      <h2>{t('fabric.title')}</h2>
      {rolls.length === 0 && <p className="muted">{t('fabric.none')}</p>}
      {rolls.map((item) => (
        <RollCard
          key={item.roll.id}
          item={item}
          score={scores.get(item.roll.id)}
          open={locked || item.roll.id === current}
          locked={locked}
          onOpen={() => setOpenId(item.roll.id)}
        />
      ))}
      {!locked &&
        (adding ? (
          <RollForm
            inspectionId={inspection.id}
            onSaved={(roll) => {
              setAdding(false);
              setOpenId(roll.id);
            }}
          />
        ) : (
          <button
            type="button"
            className="btn btn-primary btn-block"
            data-testid="roll-add"
            onClick={() => setAdding(true)}
          >
            {t('fabric.addRoll')}
          </button>
        ))}
    </section>
  );
};

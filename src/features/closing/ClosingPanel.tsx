import { useT } from '../../app/i18n';
import './closing.css';
import { FabricLotCard } from '../fabric/FabricLotCard';
import { plansForStage } from '../fabric/fabric-score';
import type { InspectionPanelProps } from '../inspections/panel-props';
import { usePlans } from '../plans/use-plans';
import { RecommendationForm } from './RecommendationForm';
import { RectificationList } from './RectificationList';
import { SignatureBlock } from './SignatureBlock';
import { SubmitBar, submitBlockers } from './SubmitBar';
import { useClosingData } from './use-closing-data';
import { VerdictCard } from './VerdictCard';
import { closingVerdict } from './verdict-view';

/** Closing: computed verdict, recommendation, rectification list, both signatures, submit. */
export const ClosingPanel = ({ inspection, locked }: InspectionPanelProps) => {
  const t = useT();
  const plans = usePlans(inspection);
  const data = useClosingData(inspection);
  if (data === undefined) return <p className="loading">{t('app.loading')}</p>;
  if (!plans.plans) {
    return (
      <p className="field-error" role="alert">
        {t('plans.error.other')}
      </p>
    );
  }
  const { verdict, missing } = closingVerdict(plansForStage(plans.plans, inspection.stage), data.evidence);
  const blockers = submitBlockers(inspection, verdict.result, {
    inspector: data.signatures.inspector !== null,
    factory: data.signatures.factory !== null,
  });
  return (
    <div className="closing">
      <VerdictCard verdict={verdict} missing={missing} />
      {/* The verdict engine has no fabric input: on a fabric inspection the lot result sits beside it. */}
      {inspection.stage === 'fabric' && <FabricLotCard inspectionId={inspection.id} />}
      {locked ? (
        <section className="card">
          <h2>{t('closing.recommendationTitle')}</h2>
          <p data-testid="recommendation-value">
            {inspection.recommendation ? t(`closing.result.${inspection.recommendation}`) : '—'}
            {inspection.recommendationReason && ` · ${inspection.recommendationReason}`}
          </p>
        </section>
      ) : (
        // Keyed by the stored values so a save elsewhere (another tab, sync) resets the draft.
        <RecommendationForm
          key={`${inspection.recommendation}|${inspection.recommendationReason}`}
          inspection={inspection}
          computed={verdict.result}
        />
      )}
      <RectificationList inspectionId={inspection.id} items={data.rectifications} locked={locked} />
      <section className="card signatures" aria-label={t('closing.sign.title')}>
        <h2>{t('closing.sign.title')}</h2>
        <SignatureBlock
          inspectionId={inspection.id}
          role="inspector"
          signature={data.signatures.inspector}
          locked={locked}
        />
        <SignatureBlock
          inspectionId={inspection.id}
          role="factory"
          signature={data.signatures.factory}
          locked={locked}
        />
      </section>
      {!locked && <SubmitBar inspection={inspection} blockers={blockers} computed={verdict.result} />}
    </div>
  );
};

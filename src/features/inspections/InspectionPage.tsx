import { useBilingual, useFormatDateTime, useT } from '../../app/i18n';
import './inspection-screen.css';
import { href } from '../../app/router';
import { useInspection, useOrder } from '../../db/hooks';
import type { Inspection } from '../../shared/schema';
import { Notice } from '../../ui/Notice';
import { PhoneDecision } from '../decisions/PhoneDecision';
import { PlanSection } from '../plans/PlanSection';
import { InspectionSyncState } from './InspectionSyncState';
import { InspectionTabs } from './InspectionTabs';

export const InspectionPage = ({ id }: { id: string }) => {
  const t = useT();
  const inspection = useInspection(id);
  if (inspection === undefined) return <p className="loading">{t('app.loading')}</p>;
  if (inspection === null) return <Notice tone="error">{t('inspection.notFound')}</Notice>;
  return <InspectionScreen inspection={inspection} />;
};

/** Header, plan and tabs. Once submitted every section renders read-only (`locked`). */
const InspectionScreen = ({ inspection }: { inspection: Inspection }) => {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const locked = inspection.status === 'submitted';
  return (
    <section
      className="inspection"
      data-testid="inspection-screen"
      data-inspection-id={inspection.id}
      data-status={inspection.status}
    >
      <InspectionHeader inspection={inspection} />
      <PhoneDecision inspectionId={inspection.id} />
      {locked && (
        <Notice tone="warn" testId="locked-banner">
          {t('insp.lockedBanner', { time: formatDateTime(inspection.submittedAt ?? inspection.startedAt) })}
        </Notice>
      )}
      <PlanSection inspection={inspection} locked={locked} />
      <InspectionTabs inspection={inspection} locked={locked} />
    </section>
  );
};

const InspectionHeader = ({ inspection }: { inspection: Inspection }) => {
  const t = useT();
  const text = useBilingual();
  const formatDateTime = useFormatDateTime();
  const order = useOrder(inspection.orderId);
  return (
    <div className="card inspection-header">
      {order && (
        <a href={href.order(order.id)} className="order-po">
          {order.po} · {order.styleCode} · {text(order.styleName)}
        </a>
      )}
      <p className="header-line">
        <span className="tag">{t(`stage.${inspection.stage}`)}</span>{' '}
        <span className="muted">
          {t('inspection.started', { time: formatDateTime(inspection.startedAt) })}
        </span>{' '}
        <InspectionSyncState inspectionId={inspection.id} />
      </p>
      {/* The report reads only this phone's database, so it opens offline too. */}
      <a className="btn btn-small" href={href.report(inspection.id)} data-testid="open-report">
        {t('report.open')}
      </a>
    </div>
  );
};

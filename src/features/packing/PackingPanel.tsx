import { useT } from '../../app/i18n';
import { useOrder } from '../../db/hooks';
import { checkKey } from '../../db/repositories/packing';
import { Notice } from '../../ui/Notice';
import type { InspectionPanelProps } from '../inspections/panel-props';
import { CartonCard } from './CartonCard';
import { drawnCartons } from './drawn-cartons';
import { ExpectedPieces } from './ExpectedPieces';
import './packing.css';
import { summarizePacking } from './packing-summary';
import { useCurrentPacking } from './use-packing';

/** The packing tab: the drawn cartons, each ticked when opened and checked; a running summary. */
export const PackingPanel = ({ inspection }: InspectionPanelProps) => {
  const t = useT();
  const current = useCurrentPacking(inspection.id);
  const order = useOrder(inspection.orderId);
  const cartons = drawnCartons(inspection);
  // A summary of nothing during loading would look like lost ticks: wait for the read.
  if (current === undefined || order === undefined) return <p className="loading">{t('app.loading')}</p>;
  if (cartons.length === 0) return <Notice>{t('packing.noCartons')}</Notice>;
  const summary = summarizePacking(current, cartons);
  const expectedPieces = current.get(checkKey('pieces_per_carton', null))?.expected ?? null;
  return (
    <section className="packing">
      <p
        className={`card packing-summary${summary.failedChecks > 0 ? ' has-failures' : ''}`}
        data-testid="packing-summary"
        data-opened={summary.opened.length}
        data-total={summary.total}
        data-failed={summary.failedChecks}
        aria-live="polite"
      >
        {t('packing.summary', {
          opened: summary.opened.length,
          total: summary.total,
          failed: summary.failedChecks,
        })}
      </p>
      {order === null && <Notice tone="warn">{t('packing.orderMissing')}</Notice>}
      <ExpectedPieces key={expectedPieces ?? 'none'} inspectionId={inspection.id} current={expectedPieces} />
      <ul className="carton-cards">
        {cartons.map((cartonNo) => (
          <CartonCard
            key={cartonNo}
            inspectionId={inspection.id}
            cartonNo={cartonNo}
            current={current}
            expectedPieces={expectedPieces}
            order={order}
          />
        ))}
      </ul>
    </section>
  );
};

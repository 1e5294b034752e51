import { useState } from 'react';
import { useBilingual, useFormatDateTime, useT } from '../../app/i18n';
import { href } from '../../app/router';
import { useDb } from '../../db/context';
import { useDefectLibrary, useInspection, useLiveDefects, useOrder } from '../../db/hooks';
import { addDefect, removeDefect } from '../../db/repositories/defects';
import type { Inspection, Severity } from '../../shared/schema';
import { Notice } from '../../ui/Notice';
import { DefectLibraryPanel } from '../defects/DefectLibraryPanel';
import { DefectTotals } from '../defects/DefectTotals';
import { RecordedDefects } from '../defects/RecordedDefects';
import { SeverityPicker } from '../defects/SeverityPicker';

export const InspectionPage = ({ id }: { id: string }) => {
  const t = useT();
  const inspection = useInspection(id);
  if (inspection === undefined) return <p className="loading">{t('app.loading')}</p>;
  if (inspection === null) return <Notice tone="error">{t('inspection.notFound')}</Notice>;
  return <InspectionScreen inspection={inspection} />;
};

const InspectionScreen = ({ inspection }: { inspection: Inspection }) => {
  const t = useT();
  const db = useDb();
  const [severity, setSeverity] = useState<Severity>('major');
  const library = useDefectLibrary(inspection.defectLibraryId);
  const defects = useLiveDefects(inspection.id);
  // Each tap is its own committed transaction; the live query shows it once it is on disk.
  const add = (code: string) => void addDefect(db, { inspectionId: inspection.id, code, severity });
  const remove = (defectId: string) => void removeDefect(db, defectId);

  // Render only once the defects are read: a "0" total during loading would look like lost work.
  if (defects === undefined || library === undefined) return <p className="loading">{t('app.loading')}</p>;
  return (
    <section className="inspection" data-testid="inspection-screen" data-inspection-id={inspection.id}>
      <InspectionHeader inspection={inspection} />
      {/* Severity and totals stay in reach of the thumb while the library scrolls. */}
      <div className="sticky-tools">
        <SeverityPicker value={severity} onChange={setSeverity} />
        <DefectTotals defects={defects} />
      </div>
      {library === null && <Notice tone="warn">{t('inspection.libraryMissing')}</Notice>}
      {library && <DefectLibraryPanel library={library} onPick={add} />}
      <RecordedDefects defects={defects} library={library} onRemove={remove} />
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
      <p>
        <span className="tag">{t(`stage.${inspection.stage}`)}</span>{' '}
        <span className="muted">
          {t('inspection.started', { time: formatDateTime(inspection.startedAt) })}
        </span>
      </p>
    </div>
  );
};

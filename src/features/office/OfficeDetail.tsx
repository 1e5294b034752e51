import { useState } from 'react';
import { useT } from '../../app/i18n';
import { href } from '../../app/router';
import { ReportSheet } from '../report/ReportPage';
import { RemotePhotoUrl } from '../report/ReportPhoto';
import { AuditTrail } from './AuditTrail';
import { FlagBadges, ResultBadge } from './Badges';
import { DecisionPanel } from './DecisionPanel';
import { DefectTable } from './DefectTable';
import { EarlierInspections } from './EarlierInspections';
import { OfficeDetailResponse } from './office-api';
import { officeReportModel } from './office-report-model';
import { PhotoViewer, serverPhotoUrl } from './PhotoViewer';
import { QueryState } from './QueryState';
import { ReopenPanel } from './ReopenPanel';
import { useOfficeQuery } from './use-office-query';
import { usePinnedRefs } from './use-pinned-refs';

/**
 * The office's report of one inspection (#/office/inspections/:id): the phone's report sheet
 * built from the server's copy, with the review tools beside it. `version` refetches the detail
 * and the audit trail after a decision or a reopen, so the screen shows what the server holds.
 */
export const OfficeDetail = ({ id }: { id: string }) => {
  const t = useT();
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  const query = useOfficeQuery(
    `/api/office/inspections/${encodeURIComponent(id)}`,
    OfficeDetailResponse,
    version,
  );
  const detail = query.status === 'ok' ? query.data : null;
  const refs = usePinnedRefs(detail?.inspection);
  if (!detail || !refs) {
    return (
      <section>
        <a href={href.office()} className="back">
          ← {t('common.back')}
        </a>
        {query.status !== 'ok' ? (
          <QueryState query={query} />
        ) : (
          <p className="loading">{t('office.loading')}</p>
        )}
      </section>
    );
  }
  const model = officeReportModel(detail, refs);
  const present = detail.photos.filter((p) => p.deletedAt === null && detail.photoPresence[p.id]).length;
  const total = detail.photos.filter((p) => p.deletedAt === null).length;
  return (
    <section className="office-detail" data-testid="office-detail" data-inspection-id={id}>
      <div className="report-toolbar no-print">
        <a href={href.office()} className="btn">
          ← {t('common.back')}
        </a>
        <a href={href.officeOrder(detail.order.id)} className="btn" data-testid="open-order-record">
          {t('office.orderRecord')}
        </a>
        <button
          type="button"
          className="btn btn-primary"
          data-testid="office-print"
          onClick={() => window.print()}
        >
          {t('report.print')}
        </button>
        <ResultBadge result={detail.computedResult} />
        <FlagBadges flags={detail.flags} />
        <span className="muted" data-testid="photos-received">
          {t('office.photosReceived', { present, total })}
        </span>
      </div>
      <div className="office-columns">
        <div className="office-main">
          <RemotePhotoUrl.Provider value={(photo) => serverPhotoUrl(photo, detail.photoPresence)}>
            <ReportSheet model={model} />
          </RemotePhotoUrl.Provider>
          <PhotoViewer photos={detail.photos} presence={detail.photoPresence} />
        </div>
        <aside className="office-side no-print">
          <DecisionPanel inspection={detail.inspection} latest={model.decision} onDecided={changed} />
          <ReopenPanel inspection={detail.inspection} onReopened={changed} />
          <DefectTable defects={detail.defects} library={refs.library} />
          <EarlierInspections orderId={detail.order.id} currentId={id} />
          <AuditTrail inspectionId={id} version={version} />
        </aside>
      </div>
    </section>
  );
};

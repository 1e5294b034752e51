/**
 * The printable, bilingual inspection report (#/inspections/:id/report). Built from IndexedDB
 * alone, so the inspector can hand the factory a copy (print or PDF) without signal. Lazy-loaded:
 * it is not needed to count defects, so it stays out of the initial bundle.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '../../app/i18n';
import { href } from '../../app/router';
import { useDb } from '../../db/context';
import { Notice } from '../../ui/Notice';
import { Bi } from './Bi';
import { ChecklistSection } from './ChecklistSection';
import { ClosingSection } from './ClosingSection';
import { DefectSection } from './DefectSection';
import { FabricSection } from './FabricSection';
import { MeasureSection } from './MeasureSection';
import { PackingSection } from './PackingSection';
import { PlansSection } from './PlansSection';
import { ReportHeader } from './ReportHeader';
import { loadReportModel, type ReportModel } from './report-model';
import { VerdictSection } from './VerdictSection';
import './report.css';

const ReportPage = ({ inspectionId }: { inspectionId: string }) => {
  const t = useT();
  const db = useDb();
  const model = useLiveQuery(() => loadReportModel(db, inspectionId), [db, inspectionId]);
  if (model === undefined) return <p className="loading">{t('app.loading')}</p>;
  if (model === null) return <Notice tone="error">{t('report.notFound')}</Notice>;
  return (
    <>
      {/* Screen-only controls, in the UI language; the sheet below is bilingual. */}
      <div className="report-toolbar no-print">
        <a className="btn" href={href.inspection(inspectionId)}>
          {t('report.back')}
        </a>
        <button
          type="button"
          className="btn btn-primary"
          data-testid="report-print"
          onClick={() => window.print()}
        >
          {t('report.print')}
        </button>
      </div>
      <ReportSheet model={model} />
    </>
  );
};

export const ReportSheet = ({ model }: { model: ReportModel }) => (
  <article className="report" data-testid="report" data-inspection-id={model.inspection.id}>
    <h1>
      <Bi k="report.title" />
      {model.order && <span className="report-po"> · {model.order.po}</span>}
    </h1>
    <ReportHeader model={model} />
    <PlansSection model={model} />
    {model.fabric && <FabricSection fabric={model.fabric} />}
    <DefectSection model={model} />
    {model.inspection.stage !== 'fabric' && <MeasureSection model={model} />}
    <ChecklistSection model={model} />
    <PackingSection model={model} />
    <VerdictSection model={model} />
    <ClosingSection model={model} />
  </article>
);

export default ReportPage;

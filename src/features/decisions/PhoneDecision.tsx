import { useLiveQuery } from 'dexie-react-hooks';
import { useFormatDateTime, useT } from '../../app/i18n';
import { useDb } from '../../db/context';
import { latestDecision } from '../report/report-parts';

/**
 * The office's latest decision on this inspection, as pulled to the phone: the inspector sees a
 * rejection and its reason at the factory, offline too. Nothing while the office has not decided.
 */
export const PhoneDecision = ({ inspectionId }: { inspectionId: string }) => {
  const t = useT();
  const db = useDb();
  const formatDateTime = useFormatDateTime();
  const decision = useLiveQuery(
    async () => latestDecision(await db.decisions.where('inspectionId').equals(inspectionId).toArray()),
    [db, inspectionId],
  );
  if (!decision) return null;
  const tone =
    decision.decision === 'approve' || decision.decision === 'accept_with_deviation' ? 'info' : 'warn';
  return (
    // The notice look, but with data-decision on the block itself for tests and styling.
    <div
      className={`notice notice-${tone}`}
      role="status"
      data-testid="phone-decision"
      data-decision={decision.decision}
    >
      <strong>{t('decisions.title', { decision: t(`decision.${decision.decision}`) })}</strong>{' '}
      <span className="muted small">{formatDateTime(decision.decidedAt)}</span>
      {decision.comment && <div className="phone-decision-comment">{decision.comment}</div>}
    </div>
  );
};

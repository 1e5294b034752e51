import { useT } from '../../app/i18n';
import type { ComputedResult, InspectionFlag } from '../../shared/office-api';
import type { Decision } from '../../shared/schema';

/** The server's computed result (from the evidence), never the inspector's recommendation. */
export const ResultBadge = ({ result }: { result: ComputedResult | undefined }) => {
  const t = useT();
  if (!result) return <span className="muted">—</span>;
  return (
    <span className={`badge badge-${result}`} data-testid="result-badge" data-result={result}>
      {t(`office.result.${result}`)}
    </span>
  );
};

export const DecisionBadge = ({ decision }: { decision: Decision | null }) => {
  const t = useT();
  if (!decision) return <span className="muted">{t('office.undecided')}</span>;
  return (
    <span className={`badge badge-decision-${decision.decision}`} data-testid="decision-badge">
      {t(`decision.${decision.decision}`)}
    </span>
  );
};

export const FlagBadges = ({ flags }: { flags: readonly InspectionFlag[] }) => {
  const t = useT();
  return (
    <>
      {flags.map((flag) => (
        <span key={flag} className="badge badge-flag" data-testid="office-flag" data-flag={flag}>
          {t(`office.flag.${flag}`)}
        </span>
      ))}
    </>
  );
};

import { translate, type Locale } from '../../app/i18n';
import type { VerdictReason } from '../../shared/domain';
import { reasonMessage } from '../closing/reason-text';
import type { ReportModel } from './report-model';
import { Bi, Section, stamp } from './Bi';

/** A verdict reason in one language; the class name ("{what}") is translated alike. */
const reasonIn = (locale: Locale, reason: VerdictReason): string => {
  const m = reasonMessage(reason);
  const what = m.subject === null ? '' : translate(locale, `closing.subject.${m.subject}`);
  return translate(locale, m.key, { ...m.params, what });
};

/** Computed result with its reasons, the inspector's recommendation and the office decision. */
export const VerdictSection = ({ model }: { model: ReportModel }) => {
  const { verdict, inspection, decision } = model;
  const result = verdict?.verdict.result ?? 'pending';
  return (
    <Section title="report.verdict" testId="report-verdict">
      <p className={`report-verdict report-verdict-${result}`} data-result={result}>
        <Bi k={`report.result.${result}`} />
      </p>
      {verdict && (
        <ul className="report-reasons">
          {verdict.missing.map((what) => (
            <li key={what}>
              <Bi k={`closing.missing.${what}`} />
            </li>
          ))}
          {verdict.verdict.reasons.map((reason, i) => (
            <li key={`${reason.code}-${i}`}>
              {reasonIn('zh-CN', reason)}
              <br />
              {reasonIn('en', reason)}
            </li>
          ))}
        </ul>
      )}
      {model.fabric && (
        <p>
          <Bi k="report.fabric" /> — <Bi k="report.lot" />:{' '}
          <Bi k={`report.result.${model.fabric.lot.status}`} />
        </p>
      )}
      <h3>
        <Bi k="report.recommendation" />
      </h3>
      <p data-testid="report-recommendation">
        {inspection.recommendation ? <Bi k={`report.result.${inspection.recommendation}`} /> : '—'}
        {inspection.recommendationReason && (
          <>
            {' · '}
            <Bi k="report.reason" />: {inspection.recommendationReason}
          </>
        )}
      </p>
      <h3>
        <Bi k="report.decision" />
      </h3>
      {decision ? (
        <p data-testid="report-decision" data-decision={decision.decision}>
          <strong>
            <Bi k={`report.decision.${decision.decision}`} />
          </strong>{' '}
          · {stamp(decision.decidedAt)}
          {decision.comment && <> · {decision.comment}</>}
        </p>
      ) : (
        <p>
          <Bi k="report.noDecision" />
        </p>
      )}
    </Section>
  );
};

import { useT } from '../../app/i18n';
import type { VerdictResult } from '../../shared/domain';
import { reasonMessage } from './reason-text';
import type { MissingCatalogue } from './verdict-view';

/** The computed result and why; kept apart from the inspector's recommendation below it. */
export const VerdictCard = ({
  verdict,
  missing,
}: {
  verdict: VerdictResult;
  missing: MissingCatalogue[];
}) => {
  const t = useT();
  return (
    <section className="card verdict" aria-label={t('closing.verdictTitle')}>
      <h2>{t('closing.verdictTitle')}</h2>
      <p
        className={`verdict-result verdict-${verdict.result}`}
        data-testid="verdict-result"
        data-result={verdict.result}
      >
        {t(`closing.result.${verdict.result}`)}
      </p>
      <ul className="verdict-reasons">
        {missing.map((what) => (
          <li key={what} data-testid="verdict-reason" data-code={`${what}-missing`}>
            {t(`closing.missing.${what}`)}
          </li>
        ))}
        {verdict.reasons.map((reason, i) => {
          const message = reasonMessage(reason);
          const what = message.subject === null ? '' : t(`closing.subject.${message.subject}`);
          return (
            <li key={`${reason.code}-${i}`} data-testid="verdict-reason" data-code={reason.code}>
              {t(message.key, { ...message.params, what })}
            </li>
          );
        })}
      </ul>
    </section>
  );
};

import { useT } from '../../app/i18n';
import { useRejected } from '../../db/hooks';
import { RejectedItem } from './RejectedItem';

/** Every change the server refused, kept until the user decides (SYNC.md I1: never silent). */
export const RejectedList = () => {
  const t = useT();
  const rejected = useRejected();
  if (!rejected) return null;
  return (
    <section data-testid="rejected-section">
      <h2>{t('rejected.title', { count: rejected.length })}</h2>
      {rejected.length === 0 ? (
        <p className="muted">{t('rejected.none')}</p>
      ) : (
        <ul className="recorded-list">
          {rejected.map((entry) => (
            <RejectedItem key={entry.seq} entry={entry} />
          ))}
        </ul>
      )}
    </section>
  );
};

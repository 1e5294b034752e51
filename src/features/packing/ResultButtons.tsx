import { useT } from '../../app/i18n';
import type { PackingCheck } from '../../shared/schema';

interface Props {
  value: PackingCheck['result'] | null;
  onChange: (result: PackingCheck['result']) => void;
}

const RESULTS = ['pass', 'fail', 'na'] as const;

/** Pass / fail / N/A as three big toggles; the current result is pressed. */
export const ResultButtons = ({ value, onChange }: Props) => {
  const t = useT();
  return (
    <div className="packing-results">
      {RESULTS.map((result) => (
        <button
          key={result}
          type="button"
          aria-pressed={value === result}
          className={`btn btn-small result-${result}${value === result ? ' is-selected' : ''}`}
          data-testid={`packing-result-${result}`}
          onClick={() => onChange(result)}
        >
          {t(`packing.result.${result}`)}
        </button>
      ))}
    </div>
  );
};

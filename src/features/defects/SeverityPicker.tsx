import { useT } from '../../app/i18n';
import { Severity } from '../../shared/schema';

interface Props {
  value: Severity;
  onChange: (severity: Severity) => void;
}

/** Three big toggle buttons: the severity applied to the next library tap. */
export const SeverityPicker = ({ value, onChange }: Props) => {
  const t = useT();
  return (
    <div className="severity-picker" role="radiogroup" aria-label={t('severity.label')}>
      {Severity.options.map((severity) => (
        <button
          key={severity}
          type="button"
          role="radio"
          aria-checked={value === severity}
          className={`btn severity severity-${severity}${value === severity ? ' is-selected' : ''}`}
          data-testid={`severity-${severity}`}
          onClick={() => onChange(severity)}
        >
          {t(`severity.${severity}`)}
        </button>
      ))}
    </div>
  );
};

import { useT } from '../app/i18n';
import { parseFormMessage } from '../app/i18n/form-errors';

/** Renders a react-hook-form error produced by formErrorMap, in the current language. */
export const FieldError = ({ message }: { message: string | undefined }) => {
  const t = useT();
  const parsed = parseFormMessage(message);
  if (!parsed) return null;
  return <span className="field-error">{t(parsed.key, parsed.params)}</span>;
};

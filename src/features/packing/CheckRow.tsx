import type { ReactNode } from 'react';
import { useT } from '../../app/i18n';
import type { PackingCheck } from '../../shared/schema';

interface Props {
  kind: PackingCheck['kind'];
  cartonNo: number;
  check: PackingCheck | undefined;
  children: ReactNode;
}

/** One check of one carton; its current result (or "none") is on the element for tests and CSS. */
export const CheckRow = ({ kind, cartonNo, check, children }: Props) => {
  const t = useT();
  const result = check?.result ?? 'none';
  return (
    <div
      className={`packing-check result-${result}`}
      data-testid="packing-check"
      data-kind={kind}
      data-carton={cartonNo}
      data-result={result}
    >
      <div className="packing-check-head">
        <span className="packing-check-name">{t(`packing.kind.${kind}`)}</span>
        {check && <span className={`tag tag-${result}`}>{t(`packing.result.${check.result}`)}</span>}
      </div>
      {check && (check.expected !== null || check.actual !== null) && (
        <p className="packing-values small">
          {t('packing.expected')}: <span data-testid="packing-expected">{check.expected ?? '—'}</span> ·{' '}
          {t('packing.actual')}: <span data-testid="packing-actual">{check.actual ?? '—'}</span>
        </p>
      )}
      {children}
    </div>
  );
};

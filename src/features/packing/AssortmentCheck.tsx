import { useState } from 'react';
import { useBilingual, useT } from '../../app/i18n';
import { useDb } from '../../db/context';
import { recordAssortment } from '../../db/repositories/packing';
import type { Order, PackingCheck } from '../../shared/schema';
import { CheckRow } from './CheckRow';
import { usePackingCommand } from './use-packing';

interface Props {
  inspectionId: string;
  cartonNo: number;
  check: PackingCheck | undefined;
  order: Order;
}

/** Counts per colour × size found in one carton, judged against the order's ratio on save. */
export const AssortmentCheck = ({ inspectionId, cartonNo, check, order }: Props) => {
  const t = useT();
  const text = useBilingual();
  const db = useDb();
  // Start from what was last recorded ("WHT/M:14, WHT/L:10"), so a correction needs one change only.
  const [counts, setCounts] = useState<Record<string, string>>(() => parseCounts(check?.actual ?? null));
  const { error, run, fail } = usePackingCommand();
  const lines = order.lines.map((line) => ({ ...line, key: `${line.colour}/${line.size}` }));
  const colourName = (code: string) => {
    const colour = order.colours.find((c) => c.code === code);
    return colour ? text(colour.name) : code;
  };
  const save = () => {
    const typed = lines.map((line) => ({ ...line, text: (counts[line.key] ?? '').trim() || '0' }));
    if (typed.some((line) => !/^\d+$/.test(line.text))) return fail('packing.error.count');
    run(() =>
      recordAssortment(db, {
        inspectionId,
        cartonNo,
        counts: typed.map((line) => ({ colour: line.colour, size: line.size, count: Number(line.text) })),
      }),
    );
  };
  return (
    <CheckRow kind="assortment" cartonNo={cartonNo} check={check}>
      <div className="assortment-grid">
        {lines.map((line) => (
          <label key={line.key} className="assortment-cell">
            <span className="small">
              {colourName(line.colour)} · {line.size}
            </span>
            <input
              type="number"
              inputMode="numeric"
              min={0}
              placeholder="0"
              value={counts[line.key] ?? ''}
              onChange={(event) => setCounts({ ...counts, [line.key]: event.target.value })}
              data-testid="packing-count"
              data-colour={line.colour}
              data-size={line.size}
            />
          </label>
        ))}
      </div>
      <button type="button" className="btn btn-block" onClick={save} data-testid="packing-assortment-save">
        {t('packing.judge')}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {t(error)}
        </p>
      )}
    </CheckRow>
  );
};

const parseCounts = (actual: string | null): Record<string, string> =>
  Object.fromEntries(
    (actual ?? '')
      .split(', ')
      .filter((part) => part.includes(':'))
      .map((part) => [part.slice(0, part.lastIndexOf(':')), part.slice(part.lastIndexOf(':') + 1)]),
  );

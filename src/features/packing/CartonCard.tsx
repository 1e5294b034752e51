import { useT } from '../../app/i18n';
import { useDb } from '../../db/context';
import { checkKey, markCartonOpened, recordVisualCheck } from '../../db/repositories/packing';
import type { Order, PackingCheck } from '../../shared/schema';
import { AssortmentCheck } from './AssortmentCheck';
import { CheckRow } from './CheckRow';
import { isOpened } from './packing-summary';
import { PiecesCheck } from './PiecesCheck';
import { ResultButtons } from './ResultButtons';
import { usePackingCommand } from './use-packing';

interface Props {
  inspectionId: string;
  cartonNo: number;
  current: ReadonlyMap<string, PackingCheck>;
  expectedPieces: string | null;
  order: Order | null;
}

/** One drawn carton: the "opened" tick, then its checks once it is opened. */
export const CartonCard = ({ inspectionId, cartonNo, current, expectedPieces, order }: Props) => {
  const t = useT();
  const db = useDb();
  const { error, run } = usePackingCommand();
  const opened = isOpened(current, cartonNo);
  const get = (kind: PackingCheck['kind']) => current.get(checkKey(kind, cartonNo));
  const visual = (kind: 'shipping_marks' | 'carton_condition') => (
    <CheckRow kind={kind} cartonNo={cartonNo} check={get(kind)}>
      <ResultButtons
        value={get(kind)?.result ?? null}
        onChange={(result) => run(() => recordVisualCheck(db, { inspectionId, kind, cartonNo, result }))}
      />
    </CheckRow>
  );
  return (
    <li className={`card carton-card${opened ? ' is-opened' : ''}`}>
      <label className="carton-tick">
        <input
          type="checkbox"
          checked={opened}
          onChange={() => run(() => markCartonOpened(db, { inspectionId, cartonNo, opened: !opened }))}
          data-testid="carton-tick"
          data-carton={cartonNo}
          data-opened={opened}
        />
        <span>{t('packing.carton', { carton: cartonNo })}</span>
        <span className="muted small">{opened ? t('packing.opened') : t('packing.notOpened')}</span>
      </label>
      {error && (
        <p className="field-error" role="alert">
          {t(error)}
        </p>
      )}
      {opened && (
        <div className="carton-checks">
          {visual('shipping_marks')}
          <PiecesCheck
            inspectionId={inspectionId}
            cartonNo={cartonNo}
            check={get('pieces_per_carton')}
            expected={expectedPieces}
          />
          {visual('carton_condition')}
          {order && (
            <AssortmentCheck
              inspectionId={inspectionId}
              cartonNo={cartonNo}
              check={get('assortment')}
              order={order}
            />
          )}
        </div>
      )}
    </li>
  );
};

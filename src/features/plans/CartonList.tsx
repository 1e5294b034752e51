import { useT } from '../../app/i18n';
import { cartonsToOpen, drawCartons } from '../../shared/domain';
import type { Inspection } from '../../shared/schema';

/**
 * Cartons to open: ⌈√N⌉ drawn with the inspection id as the seed, so every device (and the
 * office report) shows the same cartons for this inspection.
 */
export const CartonList = ({ inspection }: { inspection: Pick<Inspection, 'id' | 'cartons'> }) => {
  const t = useT();
  const count = cartonsToOpen(inspection.cartons);
  const cartons = drawCartons(inspection.cartons, count, inspection.id);
  return (
    <div className="carton-list" data-testid="carton-list" data-count={count}>
      <h3>{t('plans.cartonsToOpen', { count, total: inspection.cartons })}</h3>
      {count === 0 ? (
        <p className="muted">{t('plans.noCartons')}</p>
      ) : (
        <ul className="carton-chips">
          {cartons.map((carton) => (
            <li key={carton} className="carton-chip" data-testid="carton" data-carton={carton}>
              {carton}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};

import { useBilingual, useT } from '../../app/i18n';
import type { Order } from '../../shared/schema';

/** Colour × size quantities, with row totals; scrolls sideways on narrow phones. */
export const QuantityTable = ({ order }: { order: Order }) => {
  const t = useT();
  const text = useBilingual();
  const quantity = (colour: string, size: string) =>
    order.lines.find((line) => line.colour === colour && line.size === size)?.quantity ?? 0;
  return (
    <div className="card">
      <h2>{t('order.quantities')}</h2>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th>{t('order.colour')}</th>
              {order.sizes.map((size) => (
                <th key={size}>{size}</th>
              ))}
              <th>{t('order.total')}</th>
            </tr>
          </thead>
          <tbody>
            {order.colours.map((colour) => (
              <tr key={colour.code}>
                <th scope="row">{text(colour.name)}</th>
                {order.sizes.map((size) => (
                  <td key={size}>{quantity(colour.code, size)}</td>
                ))}
                <td>{order.sizes.reduce((sum, size) => sum + quantity(colour.code, size), 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
};

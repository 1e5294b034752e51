/** Order search: case-insensitive substring over PO, style code, style names and factory names. */
import type { Factory, Order } from '../../shared/schema';

export const orderMatches = (order: Order, factory: Factory | undefined, query: string): boolean => {
  const needle = query.trim().toLowerCase();
  if (!needle) return true;
  const haystack = [
    order.po,
    order.customer,
    order.styleCode,
    order.styleName.zh,
    order.styleName.en,
    factory?.code,
    factory?.name.zh,
    factory?.name.en,
  ];
  return haystack.some((text) => text?.toLowerCase().includes(needle));
};

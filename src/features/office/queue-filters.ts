/**
 * The queue's filters live in the hash query (`#/office?stage=final&result=fail`), so a reload,
 * a bookmark or a link sent to a colleague shows the same queue. Pure: parsed with the shared
 * QueueQuery schema, so a hand-edited bad value is dropped rather than sent to the server.
 */
import { QueueQuery } from '../../shared/office-api';

/** Filter name (test id `queue-filter-<name>`) → QueueQuery field. */
export const FILTERS = {
  factory: 'factoryId',
  customer: 'customer',
  order: 'orderId',
  stage: 'stage',
  result: 'result',
  decision: 'decision',
  inspector: 'inspectorId',
  from: 'from',
  to: 'to',
} as const;
export type FilterName = keyof typeof FILTERS;
export type FilterValues = Partial<Record<FilterName, string>>;

export const PAGE_SIZE = 50;

/** Reads the filters (and the page cursor) from the hash query; invalid values are dropped. */
export const readFilters = (hashQuery: string): { values: FilterValues; cursor: number } => {
  const params = new URLSearchParams(hashQuery);
  const values: FilterValues = {};
  for (const [name, field] of Object.entries(FILTERS) as [FilterName, string][]) {
    const raw = params.get(name)?.trim();
    if (!raw) continue;
    if (QueueQuery.shape[field as keyof typeof QueueQuery.shape].safeParse(raw).success) values[name] = raw;
  }
  const cursor = Number(params.get('cursor') ?? 0);
  return { values, cursor: Number.isInteger(cursor) && cursor > 0 ? cursor : 0 };
};

/** The hash query for these filters (and page). */
export const filtersToHash = (values: FilterValues, cursor = 0): Record<string, string | undefined> => ({
  ...values,
  cursor: cursor > 0 ? String(cursor) : undefined,
});

/** The API path of one queue page. */
export const queuePath = (values: FilterValues, cursor: number): string => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values) as [FilterName, string][]) {
    if (value) params.set(FILTERS[name], value);
  }
  if (cursor > 0) params.set('cursor', String(cursor));
  params.set('limit', String(PAGE_SIZE));
  return `/api/office/queue?${params.toString()}`;
};

/** A tiny hash router: routes are data, parsed from `location.hash`; links are plain hrefs. */
import { useSyncExternalStore } from 'react';
import type { Stage } from '../shared/schema';

export type Route =
  | { name: 'login' }
  | { name: 'orders' }
  | { name: 'order'; id: string }
  | { name: 'inspection'; id: string }
  | { name: 'report'; id: string }
  | { name: 'office' }
  | { name: 'officeInspection'; id: string }
  | { name: 'officeOrder'; id: string }
  | { name: 'sync' }
  | { name: 'officeDevices' }
  | { name: 'notFound' };

const PATTERNS: [RegExp, (id: string) => Route][] = [
  [/^\/login$/, () => ({ name: 'login' })],
  [/^\/?$/, () => ({ name: 'orders' })],
  [/^\/orders\/([^/]+)$/, (id) => ({ name: 'order', id })],
  [/^\/inspections\/([^/]+)$/, (id) => ({ name: 'inspection', id })],
  [/^\/inspections\/([^/]+)\/report$/, (id) => ({ name: 'report', id })],
  [/^\/office$/, () => ({ name: 'office' })],
  [/^\/office\/inspections\/([^/]+)$/, (id) => ({ name: 'officeInspection', id })],
  [/^\/sync$/, () => ({ name: 'sync' })],
  [/^\/office\/devices$/, () => ({ name: 'officeDevices' })],
  [/^\/office\/orders\/([^/]+)$/, (id) => ({ name: 'officeOrder', id })],
];

/** The part of the hash after `?`: screen state (filters, presets) that a reload must keep. */
const splitHash = (hash: string): [string, string] => {
  const body = hash.replace(/^#/, '');
  const at = body.indexOf('?');
  return at < 0 ? [body, ''] : [body.slice(0, at), body.slice(at + 1)];
};

export const parseRoute = (hash: string): Route => {
  const [path] = splitHash(hash);
  for (const [pattern, build] of PATTERNS) {
    const match = pattern.exec(path);
    if (match) return build(decodeURIComponent(match[1] ?? ''));
  }
  return { name: 'notFound' };
};

const withQuery = (path: string, query?: Record<string, string | undefined>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
};

export const href = {
  login: () => '#/login',
  orders: () => '#/',
  order: (id: string, preset?: { stage?: Stage }) =>
    withQuery(`#/orders/${encodeURIComponent(id)}`, { stage: preset?.stage }),
  inspection: (id: string) => `#/inspections/${encodeURIComponent(id)}`,
  report: (id: string) => `#/inspections/${encodeURIComponent(id)}/report`,
  office: (query?: Record<string, string | undefined>) => withQuery('#/office', query),
  officeInspection: (id: string) => `#/office/inspections/${encodeURIComponent(id)}`,
  sync: () => '#/sync',
  officeDevices: () => '#/office/devices',
  officeOrder: (id: string) => `#/office/orders/${encodeURIComponent(id)}`,
};

export const navigate = (target: string): void => {
  window.location.hash = target;
};

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

const useHash = () => useSyncExternalStore(subscribe, () => window.location.hash);

export const useRoute = (): Route => parseRoute(useHash());

/** The hash's query string (after `?`), e.g. the office queue filters. */
export const useHashQuery = (): string => splitHash(useHash())[1];

/** A tiny hash router: routes are data, parsed from `location.hash`; links are plain hrefs. */
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'login' }
  | { name: 'orders' }
  | { name: 'order'; id: string }
  | { name: 'inspection'; id: string }
  | { name: 'report'; id: string }
  | { name: 'office' }
  | { name: 'officeInspection'; id: string }
  | { name: 'notFound' };

const PATTERNS: [RegExp, (id: string) => Route][] = [
  [/^\/login$/, () => ({ name: 'login' })],
  [/^\/?$/, () => ({ name: 'orders' })],
  [/^\/orders\/([^/]+)$/, (id) => ({ name: 'order', id })],
  [/^\/inspections\/([^/]+)$/, (id) => ({ name: 'inspection', id })],
  [/^\/inspections\/([^/]+)\/report$/, (id) => ({ name: 'report', id })],
  [/^\/office$/, () => ({ name: 'office' })],
  [/^\/office\/inspections\/([^/]+)$/, (id) => ({ name: 'officeInspection', id })],
];

export const parseRoute = (hash: string): Route => {
  const path = hash.replace(/^#/, '');
  for (const [pattern, build] of PATTERNS) {
    const match = pattern.exec(path);
    if (match) return build(decodeURIComponent(match[1] ?? ''));
  }
  return { name: 'notFound' };
};

export const href = {
  login: () => '#/login',
  orders: () => '#/',
  order: (id: string) => `#/orders/${encodeURIComponent(id)}`,
  inspection: (id: string) => `#/inspections/${encodeURIComponent(id)}`,
  report: (id: string) => `#/inspections/${encodeURIComponent(id)}/report`,
  office: () => '#/office',
  officeInspection: (id: string) => `#/office/inspections/${encodeURIComponent(id)}`,
};

export const navigate = (target: string): void => {
  window.location.hash = target;
};

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export const useRoute = (): Route => {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
};

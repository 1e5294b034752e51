/**
 * Fixed ids of the demo data. They never change, so seeding is insert-if-absent on every
 * start and tests and the browser suite can refer to them.
 */
const id = (kind: string, n: number): string => `0190f3a0-${kind}-7000-8000-${String(n).padStart(12, '0')}`;

export const FACTORY = { huamei: id('0100', 1), lida: id('0100', 2) } as const;

export const USER = {
  inspector: id('0200', 1),
  merch: id('0200', 2),
  office: id('0200', 3),
  admin: id('0200', 4),
} as const;

export const ORDER = {
  shirt: id('0300', 1),
  tee: id('0300', 2),
  hoodie: id('0300', 3),
  chinos: id('0300', 4),
  jacket: id('0300', 5),
  dress: id('0300', 6),
} as const;

export const SPEC_SHEET = {
  shirt: id('0400', 1),
  tee: id('0400', 2),
  hoodie: id('0400', 3),
  chinos: id('0400', 4),
  jacket: id('0400', 5),
  dress: id('0400', 6),
} as const;

export type StyleKey = keyof typeof ORDER;

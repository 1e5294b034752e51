import { describe, expect, it } from 'vitest';
import { AQL_SERIES } from '../../../src/shared/domain';
import { TABLE_2A } from '../../../src/shared/domain/tables/master-normal';
import { TABLE_2B } from '../../../src/shared/domain/tables/master-tightened';

/**
 * Checks of the arrow tables themselves (not resolved values) against published print:
 * 1. MIL-STD-105E Table II-A as reproduced in "Tablas" (scribd 563507790): the plans of each row,
 *    left to right, with arrows dropped by the text extraction.
 * 2. NIBS FMOC AC-TABLE.ASC tables 1-A/1-B (derived from MIL-STD-105E): AQL 0.65 … 15 with arrows
 *    ("\/" below, "/\" above, "||" arrow shaft) and Re numbers.
 */

const plansOf = (row: string) => row.split(' ').filter((c) => /\d/.test(c));

describe('Table 2-A plan sequence per row (MIL-STD-105E print)', () => {
  const toEnd = (from: string, to: string) => {
    const seq = ['0/1', '1/2', '2/3', '3/4', '5/6', '7/8', '10/11', '14/15', '21/22', '30/31', '44/45'];
    return seq.slice(seq.indexOf(from), seq.indexOf(to) + 1);
  };
  const printed: Record<string, string[]> = {
    A: toEnd('0/1', '30/31'),
    ...Object.fromEntries(['B', 'C', 'D', 'E'].map((l) => [l, toEnd('0/1', '44/45')])),
    ...Object.fromEntries(
      ['F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'Q'].map((l) => [l, toEnd('0/1', '21/22')]),
    ),
    R: toEnd('1/2', '21/22'),
  };
  it.each(Object.keys(printed))('row %s', (letter) => {
    expect(plansOf(TABLE_2A[letter] ?? '')).toEqual(printed[letter]);
  });
});

const NIBS_COLUMNS = AQL_SERIES.slice(9, 17); // 0.65 … 15

function nibsMatches(cell: string, token: string): boolean {
  if (token === '\\/') return cell === '↓';
  if (token === '/\\') return cell === '↑';
  if (token === '||') return cell === '↓' || cell === '↑';
  return cell.split('/')[1] === token; // printed Re
}

describe('NIBS AC-TABLE level II excerpt (AQL 0.65–15)', () => {
  const normal: Record<string, string> = {
    // A at AQL 10 is printed "/\" there, pointing above the top row; see docs/domain.md (we use ↓).
    A: '|| || || || \\/ 1 || \\/',
    B: '|| || || \\/ 1 /\\ \\/ 2',
    C: '|| || \\/ 1 /\\ \\/ 2 3',
    D: '|| \\/ 1 /\\ \\/ 2 3 4',
    E: '\\/ 1 /\\ \\/ 2 3 4 6',
    F: '1 /\\ \\/ 2 3 4 6 8',
    G: '/\\ \\/ 2 3 4 6 8 11',
    H: '\\/ 2 3 4 6 8 11 15',
    J: '2 3 4 6 8 11 15 22',
    K: '3 4 6 8 11 15 22 /\\',
    L: '4 6 8 11 15 22 /\\ ||',
    M: '6 8 11 15 22 /\\ || ||',
    N: '8 11 15 22 /\\ || || ||',
    P: '11 15 22 /\\ || || || ||',
    Q: '15 22 /\\ || || || || ||',
  };
  const tightened: Record<string, string> = {
    A: '|| || || || || \\/ || ||',
    B: '|| || || || \\/ 1 || \\/',
    C: '|| || || \\/ 1 || \\/ 2',
    D: '|| || \\/ 1 || \\/ 2 3',
    E: '|| \\/ 1 || \\/ 2 3 4',
    F: '\\/ 1 || \\/ 2 3 4 6',
    G: '1 || \\/ 2 3 4 6 9',
    H: '|| \\/ 2 3 4 6 9 13',
    J: '\\/ 2 3 4 6 9 13 19',
    K: '2 3 4 6 9 13 19 /\\',
    L: '3 4 6 9 13 19 /\\ ||',
  };
  const check = (table: Readonly<Record<string, string>>, letter: string, printed: string) => {
    const cells = (table[letter] ?? '').split(' ').slice(9, 17);
    const tokens = printed.split(' ');
    expect(cells).toHaveLength(NIBS_COLUMNS.length);
    cells.forEach((cell, i) =>
      expect(nibsMatches(cell, tokens[i] ?? ''), `${letter} @ ${NIBS_COLUMNS[i]}`).toBe(true),
    );
  };
  it.each(Object.entries(normal))('normal row %s', (letter, printed) => check(TABLE_2A, letter, printed));
  it.each(Object.entries(tightened))('tightened row %s', (letter, printed) =>
    check(TABLE_2B, letter, printed),
  );
});

import { REDUCED_SAMPLE_SIZES, SAMPLE_SIZES } from '../aql';
import type { InspectionSeverity, PlanLetter } from '../aql';
import { TABLE_2A } from './master-normal';
import { TABLE_2B } from './master-tightened';
import { TABLE_2C } from './master-reduced';

export type MasterCell =
  { kind: 'plan'; ac: number; re: number } | { kind: 'down' } | { kind: 'up' } | { kind: 'none' };

export interface MasterTable {
  /** Row order top to bottom; arrows move along this list. */
  readonly letters: readonly PlanLetter[];
  readonly sampleSize: (letter: PlanLetter) => number;
  readonly cell: (letter: PlanLetter, aqlIdx: number) => MasterCell;
}

function parseCell(token: string): MasterCell {
  if (token === '↓') return { kind: 'down' };
  if (token === '↑') return { kind: 'up' };
  if (token === '-') return { kind: 'none' };
  const m = /^(\d+)\/(\d+)$/.exec(token);
  if (!m) throw new Error(`Bad master table cell "${token}"`);
  return { kind: 'plan', ac: Number(m[1]), re: Number(m[2]) };
}

/** Parses the printed row strings once; a malformed row fails at import time, not mid-inspection. */
function build(rows: Readonly<Record<string, string>>, sizeOf: (l: PlanLetter) => number): MasterTable {
  const letters = Object.keys(rows) as PlanLetter[];
  const cells = new Map<PlanLetter, MasterCell[]>();
  for (const letter of letters) {
    const tokens = (rows[letter] ?? '').trim().split(/\s+/);
    if (tokens.length !== 26) throw new Error(`Row ${letter} has ${tokens.length} cells, expected 26`);
    cells.set(letter, tokens.map(parseCell));
  }
  return {
    letters,
    sampleSize: sizeOf,
    cell: (letter, aqlIdx) => cells.get(letter)?.[aqlIdx] ?? { kind: 'none' },
  };
}

export const MASTER_TABLES: Readonly<Record<InspectionSeverity, MasterTable>> = {
  normal: build(TABLE_2A, (l) => SAMPLE_SIZES[l]),
  tightened: build(TABLE_2B, (l) => SAMPLE_SIZES[l]),
  reduced: build(TABLE_2C, (l) => (l === 'S' ? Number.NaN : REDUCED_SAMPLE_SIZES[l])),
};

export interface ResolvedCell {
  planLetter: PlanLetter;
  sampleSize: number;
  ac: number;
  re: number;
}

/**
 * Follows arrows from (letter, AQL) to the first plan in the arrow's direction, as the footnotes of
 * Tables 2-A/2-B/2-C prescribe. Chained arrows are followed cell by cell, which is the same as
 * jumping to the first plan because an arrow cell never holds a plan.
 */
export function resolveCell(table: MasterTable, letter: PlanLetter, aqlIdx: number): ResolvedCell {
  let row = table.letters.indexOf(letter);
  for (let guard = 0; guard < table.letters.length + 1; guard++) {
    const current = table.letters[row];
    if (current === undefined) break;
    const cell = table.cell(current, aqlIdx);
    if (cell.kind === 'plan') {
      return { planLetter: current, sampleSize: table.sampleSize(current), ac: cell.ac, re: cell.re };
    }
    if (cell.kind === 'none') break;
    // Each arrow cell is followed on its own; a ↓ meeting a ↑ would loop, which the guard catches.
    row += cell.kind === 'down' ? 1 : -1;
  }
  throw new Error(`Master table has no plan for ${letter} at AQL index ${aqlIdx}`);
}

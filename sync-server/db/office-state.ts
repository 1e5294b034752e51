import type { Kysely } from 'kysely';
import type { ComputedResult, InspectionFlag } from '../../src/shared/office-api';
import type { DecisionKind } from '../../src/shared/schema/decision';
import { withOfficeTables } from './office-schema';
import type { Schema } from './schema';

/** The office columns of one inspection (migration 0005), read and written inside a write transaction. */
export interface OfficeState {
  computedResult: ComputedResult;
  flags: InspectionFlag[];
  latestDecision: DecisionKind | 'none';
}

export async function readOfficeState(db: Kysely<Schema>, id: string): Promise<OfficeState | undefined> {
  const row = await withOfficeTables(db)
    .selectFrom('inspections')
    .select(['computed_result', 'flags', 'latest_decision'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    computedResult: row.computed_result as ComputedResult,
    flags: JSON.parse(row.flags) as InspectionFlag[],
    latestDecision: row.latest_decision as OfficeState['latestDecision'],
  };
}

export interface Recomputed {
  stage: string;
  computedResult: ComputedResult;
  flags: InspectionFlag[];
  customer: string;
  exFactoryDate: string;
}

export async function saveRecomputed(db: Kysely<Schema>, id: string, r: Recomputed): Promise<void> {
  await withOfficeTables(db)
    .updateTable('inspections')
    .set({
      stage: r.stage,
      computed_result: r.computedResult,
      result_rank: r.computedResult === 'fail' ? 0 : 1,
      flags: JSON.stringify(r.flags),
      customer: r.customer,
      ex_factory_date: r.exFactoryDate,
    })
    .where('id', '=', id)
    .execute();
}

export async function saveLatestDecision(db: Kysely<Schema>, id: string, kind: DecisionKind): Promise<void> {
  await withOfficeTables(db)
    .updateTable('inspections')
    .set({ latest_decision: kind })
    .where('id', '=', id)
    .execute();
}

import type { Inspection } from '../../src/shared/schema/inspection';
import { appendChange } from './change-log';
import type { Tx } from './write-transaction';

/**
 * The inspection header after its start: read with its per-field clocks, written back whole.
 * Every write is logged in the same transaction so devices pull the merged header.
 */
export type FieldClocks = Partial<Record<keyof Inspection, string>>;

export interface InspectionState {
  inspection: Inspection;
  clocks: FieldClocks;
}

export async function findInspectionState(trx: Tx, id: string): Promise<InspectionState | undefined> {
  const row = await trx
    .selectFrom('inspections')
    .select(['data', 'field_clocks'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    inspection: JSON.parse(row.data) as Inspection,
    clocks: JSON.parse(row.field_clocks) as FieldClocks,
  };
}

export async function saveInspectionHeader(trx: Tx, { inspection, clocks }: InspectionState): Promise<void> {
  await trx
    .updateTable('inspections')
    .set({
      data: JSON.stringify(inspection),
      status: inspection.status,
      field_clocks: JSON.stringify(clocks),
    })
    .where('id', '=', inspection.id)
    .execute();
  const scope = { factoryId: inspection.factoryId, orderId: inspection.orderId };
  await appendChange(trx, 'inspection', inspection.id, inspection, scope);
}

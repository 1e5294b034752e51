import { randomUUID } from 'node:crypto';
import type { Defect } from '../../src/shared/schema/defect';
import type { Inspection } from '../../src/shared/schema/inspection';
import type { Order } from '../../src/shared/schema/order';
import type { Schema } from '../../sync-server/db/schema';
import type { Database } from '../../sync-server/db/open';
import { demoChecklist, demoDefectLibrary } from '../../sync-server/seed/catalog';
import { ORDER, USER, type StyleKey } from '../../sync-server/seed/demo-ids';
import { demoOrders } from '../../sync-server/seed/demo-orders';
import type { MutationInput } from './http';

/** Record and mutation builders over the seeded demo orders; every default is schema-valid. */
export { ORDER, USER };

const ORDERS = demoOrders({ checklistId: demoChecklist().id, defectLibraryId: demoDefectLibrary().id });

/** The seeded order of a demo style (shirt, tee, hoodie: merch's, factory 1; chinos, jacket: factory 2). */
export function seededOrder(key: StyleKey): Order {
  const order = ORDERS.find((o) => o.id === ORDER[key]);
  if (!order) throw new Error(`no demo order ${key}`);
  return order;
}

export async function countRows(database: Database, table: keyof Schema): Promise<number> {
  const row = await database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function inspectionFor(order: Order, overrides: Partial<Inspection> = {}): Inspection {
  return {
    id: randomUUID(),
    orderId: order.id,
    factoryId: order.factoryId,
    inspectorId: USER.inspector,
    stage: order.currentStage,
    status: 'in_progress',
    startedAt: '2026-11-22T08:00:00.000Z',
    submittedAt: null,
    lotSize: 4400,
    cartons: 120,
    aql: order.aqlPreset,
    orderVersion: order.version,
    specSheetId: order.specSheetId,
    checklistId: order.checklistId,
    defectLibraryId: order.defectLibraryId,
    reinspectionOf: null,
    recommendation: null,
    recommendationReason: null,
    planOverrideReason: null,
    ...overrides,
  };
}

export function defectFor(inspectionId: string, overrides: Partial<Defect> = {}): Defect {
  return {
    id: randomUUID(),
    inspectionId,
    code: 'FAB-001',
    severity: 'major',
    quantity: 1,
    sampleNo: 3,
    colour: 'WHT',
    size: 'M',
    carton: null,
    location: 'front panel',
    note: null,
    createdAt: '2026-11-22T08:05:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}

export const start = (seq: number, inspection: Inspection): MutationInput => ({
  seq,
  name: 'inspection.start',
  args: inspection,
});
export const addDefect = (seq: number, defect: Defect): MutationInput => ({
  seq,
  name: 'defect.add',
  args: defect,
});
export const removeDefect = (
  seq: number,
  defect: Defect,
  deletedAt = '2026-11-22T09:00:00.000Z',
): MutationInput => ({
  seq,
  name: 'defect.remove',
  args: { id: defect.id, inspectionId: defect.inspectionId, deletedAt },
});

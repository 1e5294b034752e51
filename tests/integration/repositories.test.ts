import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QcDb } from '../../src/db/db';
import { addDefect, removeDefect } from '../../src/db/repositories/defects';
import { startInspection } from '../../src/db/repositories/inspections';
import { openQcDb } from '../../src/db/db';
import { Mutation } from '../../src/shared/sync-protocol';
import { buildOrder, freshDb, newTestId } from './fixtures';

let db: QcDb;
const order = buildOrder();
const inspectorId = newTestId();

const start = () =>
  startInspection(db, { orderId: order.id, inspectorId, stage: 'final', lotSize: 1000, cartons: 40 });

beforeEach(async () => {
  db = freshDb();
  await db.orders.put(order);
});
afterEach(async () => {
  await db.delete();
});

describe('repository writes', () => {
  it('starting an inspection stores the record and a matching outbox entry', async () => {
    const inspection = await start();
    expect(await db.inspections.get(inspection.id)).toEqual(inspection);
    const entries = await db.outbox.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ seq: 1, name: 'inspection.start', args: inspection });
    const { createdAt: _createdAt, ...wire } = entries[0]!;
    expect(Mutation.parse(wire)).toEqual(wire);
  });

  it('pins the order version, spec sheet, checklist, library and AQL preset', async () => {
    const inspection = await start();
    expect(inspection).toMatchObject({
      orderVersion: order.version,
      specSheetId: order.specSheetId,
      checklistId: order.checklistId,
      defectLibraryId: order.defectLibraryId,
      aql: order.aqlPreset,
      factoryId: order.factoryId,
    });
  });

  it('a failure inside the transaction leaves neither the record nor the outbox entry nor a used seq', async () => {
    const inspection = await start();
    const failOutbox = () => {
      throw new Error('simulated crash after the record was put');
    };
    db.outbox.hook('creating', failOutbox);
    await expect(
      addDefect(db, { inspectionId: inspection.id, code: 'FAB-001', severity: 'major' }),
    ).rejects.toThrow('simulated crash');
    db.outbox.hook('creating').unsubscribe(failOutbox);
    expect(await db.defects.count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
    const next = await addDefect(db, { inspectionId: inspection.id, code: 'FAB-001', severity: 'major' });
    expect((await db.outbox.get(2))?.args).toEqual(next);
  });

  it('zod-invalid input is rejected before anything is written', async () => {
    const inspection = await start();
    await expect(
      addDefect(db, { inspectionId: inspection.id, code: 'FAB-001', severity: 'major', quantity: 0 }),
    ).rejects.toThrow();
    await expect(
      addDefect(db, { inspectionId: 'not-a-uuid', code: 'FAB-001', severity: 'major' }),
    ).rejects.toThrow();
    await expect(
      startInspection(db, { orderId: order.id, inspectorId, stage: 'final', lotSize: 1, cartons: 0 }),
    ).rejects.toThrow();
    expect(await db.defects.count()).toBe(0);
    expect(await db.inspections.count()).toBe(1);
    expect(await db.outbox.count()).toBe(1);
  });

  it('seqs stay gap-free and increasing across many writes, concurrent taps and a reopen', async () => {
    const inspection = await start();
    const tap = () => addDefect(db, { inspectionId: inspection.id, code: 'FAB-001', severity: 'minor' });
    await Promise.all(Array.from({ length: 40 }, tap));
    const name = db.name;
    db.close();
    db = openQcDb(name);
    for (let i = 0; i < 10; i += 1) await tap();
    const seqs = (await db.outbox.orderBy('seq').toArray()).map((entry) => entry.seq);
    expect(seqs).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
  });

  it('removing a defect tombstones it and queues defect.remove; a second removal is a no-op', async () => {
    const inspection = await start();
    const defect = await addDefect(db, {
      inspectionId: inspection.id,
      code: 'FAB-002',
      severity: 'critical',
    });
    await removeDefect(db, defect.id);
    await removeDefect(db, defect.id);
    const stored = await db.defects.get(defect.id);
    expect(stored?.deletedAt).not.toBeNull();
    const last = await db.outbox.orderBy('seq').last();
    expect(last).toMatchObject({
      seq: 3,
      name: 'defect.remove',
      args: { id: defect.id, inspectionId: inspection.id, deletedAt: stored?.deletedAt },
    });
    expect(await db.outbox.count()).toBe(3);
  });
});

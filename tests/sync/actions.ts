import { createHash, randomBytes } from 'node:crypto';
import { answerChecklistItem } from '../../src/db/repositories/checklist';
import { addSignature, submitInspection } from '../../src/db/repositories/closing';
import { addDefect, removeDefect } from '../../src/db/repositories/defects';
import { startInspection, updateInspection } from '../../src/db/repositories/inspections';
import { addMeasurement } from '../../src/db/repositories/measurements';
import { commitWithOutbox, type PendingMutation } from '../../src/db/repositories/outbox';
import { addPhoto } from '../../src/db/repositories/photos';
import type { Defect, Inspection, InspectionPatch, Photo } from '../../src/shared/schema';
import { ORDER } from '../../sync-server/seed/demo-ids';
import type { Device } from './device';

/**
 * Local writes a device makes, always through the app's own repositories (one Dexie
 * transaction for record + outbox entry), with the device's clock.
 */
export type OrderKey = 'shirt' | 'tee' | 'hoodie' | 'chinos' | 'jacket';
export const ORDER_KEYS: OrderKey[] = ['shirt', 'tee', 'hoodie', 'chinos', 'jacket'];

const userOf = (device: Device) => {
  if (!device.user) throw new Error(`${device.name} is not signed in`);
  return device.user;
};

export async function start(device: Device, key: OrderKey = 'shirt'): Promise<Inspection> {
  const order = await device.db.orders.get(ORDER[key]);
  if (!order) throw new Error(`${device.name} has not pulled order ${key}`);
  const input = {
    orderId: order.id,
    inspectorId: userOf(device).id,
    stage: order.currentStage,
    lotSize: 1000,
    cartons: 40,
  };
  return startInspection(device.db, input, { clock: device.writeClock });
}

export const defect = (device: Device, inspectionId: string, quantity = 1): Promise<Defect> =>
  addDefect(
    device.db,
    { inspectionId, code: 'FAB-001', severity: 'major', quantity },
    { clock: device.writeClock },
  );

export const undoDefect = (device: Device, id: string): Promise<void> =>
  removeDefect(device.db, id, { clock: device.writeClock });

export async function measure(device: Device, inspectionId: string, sampleNo: number, value: number) {
  const inspection = await device.db.inspections.get(inspectionId);
  const sheet = inspection && (await device.db.specSheets.get(inspection.specSheetId));
  const pom = sheet?.points[0];
  const size = sheet?.sizes.find((s) => pom?.targets[s] !== undefined);
  if (!pom || !size) throw new Error('no spec sheet on the device');
  return addMeasurement(
    device.db,
    { inspectionId, sampleNo, size, pomCode: pom.code, value },
    { clock: device.writeClock },
  );
}

export async function answer(device: Device, inspectionId: string, index: number) {
  const inspection = await device.db.inspections.get(inspectionId);
  const checklist = inspection && (await device.db.checklists.get(inspection.checklistId));
  const items = checklist?.items.filter((i) => !i.requiresPhoto) ?? [];
  const item = items[index % Math.max(1, items.length)];
  if (!item) throw new Error('no checklist on the device');
  return answerChecklistItem(
    device.db,
    { inspectionId, itemCode: item.code, answer: index % 3 === 0 ? 'fail' : 'pass' },
    { clock: device.writeClock },
  );
}

export const edit = (device: Device, inspectionId: string, patch: InspectionPatch) =>
  updateInspection(device.db, inspectionId, patch, { clock: device.writeClock });

/** Bytes standing in for a downscaled JPEG (the server stores bytes by hash; it does not decode). */
export function fakeJpeg(size = 40_000, fill?: number): { bytes: ArrayBuffer; sha256: string } {
  const buffer = fill === undefined ? randomBytes(size) : Buffer.alloc(size, fill);
  const bytes = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
  return { bytes, sha256: createHash('sha256').update(buffer).digest('hex') };
}

export function photo(device: Device, inspectionId: string, jpeg = fakeJpeg()): Promise<Photo> {
  return addPhoto(
    device.db,
    {
      inspectionId,
      target: { kind: 'inspection' },
      captured: { ...jpeg, width: 1600, height: 1200, mime: 'image/jpeg' },
    },
    { clock: device.writeClock },
  );
}

/** Recommendation, both signatures, submit: the inspection is locked from here on. */
export async function signAndSubmit(device: Device, inspectionId: string): Promise<void> {
  await edit(device, inspectionId, { recommendation: 'pass' });
  for (const role of ['inspector', 'factory'] as const)
    await addSignature(
      device.db,
      { inspectionId, role, name: role, width: 300, height: 100, path: 'M 1 1 L 20 30' },
      { clock: device.writeClock },
    );
  await submitInspection(device.db, inspectionId, { clock: device.writeClock });
}

/**
 * An outbox entry the server's schema refuses (an old or buggy client): the phone holds a
 * valid local record, but the queued payload is malformed. The server must reject it and let
 * the queue move on; the phone shows it as not accepted.
 */
export async function invalidDefect(device: Device, inspectionId: string): Promise<number> {
  const record = { ...(await defectRecord(device, inspectionId)) };
  const mutation = { name: 'defect.add', args: { ...record, quantity: -3 } } as unknown as PendingMutation;
  return commitWithOutbox(device.db, device.db.defects, record, mutation, device.writeClock);
}

const defectRecord = async (device: Device, inspectionId: string): Promise<Defect> => ({
  id: crypto.randomUUID(),
  inspectionId,
  code: 'FAB-001',
  severity: 'major',
  quantity: 1,
  sampleNo: null,
  colour: null,
  size: null,
  carton: null,
  location: null,
  note: null,
  createdAt: device.writeClock.now().toISOString(),
  deletedAt: null,
});

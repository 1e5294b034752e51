import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QcDb } from '../../src/db/db';
import {
  PhotoRequiredError,
  UnknownChecklistItemError,
  answerChecklistItem,
  currentAnswers,
} from '../../src/db/repositories/checklist';
import { InspectionLockedError, startInspection } from '../../src/db/repositories/inspections';
import { addPhoto, removePhoto, sha256Hex } from '../../src/db/repositories/photos';
import { checklistProgress } from '../../src/features/checklist/progress';
import { saveAnswer } from '../../src/features/checklist/save-answer';
import type { Checklist, Inspection } from '../../src/shared/schema';
import { Mutation } from '../../src/shared/sync-protocol';
import { buildOrder, freshDb, newTestId } from './fixtures';

const checklist: Checklist = {
  id: newTestId(),
  checklistId: 'garment-final',
  version: 2,
  name: { zh: '成衣尾期检查', en: 'Garment final check' },
  items: [
    {
      code: 'APP-001',
      group: 'appearance',
      text: { zh: '整体外观', en: 'Overall look' },
      requiresPhoto: false,
    },
    {
      code: 'FUN-001',
      group: 'functional',
      text: { zh: '拉链顺滑', en: 'Zip runs smoothly' },
      requiresPhoto: false,
    },
    {
      code: 'PAC-001',
      group: 'packing',
      text: { zh: '唛头正确', en: 'Carton marks correct' },
      requiresPhoto: true,
    },
  ],
};

let db: QcDb;
let inspection: Inspection;
let tick = 0;
const clock = { now: () => new Date(Date.UTC(2026, 10, 20, 9, 0, 0, (tick += 1))) };

const answer = (itemCode: string, value: 'pass' | 'fail' | 'na', comment: string | null = null) =>
  answerChecklistItem(db, { inspectionId: inspection.id, itemCode, answer: value, comment }, { clock });

beforeEach(async () => {
  db = freshDb();
  const order = buildOrder({ checklistId: checklist.id });
  await db.orders.put(order);
  await db.checklists.put(checklist);
  inspection = await startInspection(db, {
    orderId: order.id,
    inspectorId: newTestId(),
    stage: 'final',
    lotSize: 500,
    cartons: 20,
  });
});
afterEach(async () => {
  await db.delete();
});

describe('checklist answers', () => {
  it('an answer and its checklist.answer outbox entry are written together', async () => {
    const record = await answer('APP-001', 'pass', 'Looks clean');
    expect(await db.checklistAnswers.get(record.id)).toEqual(record);
    const entry = await db.outbox.get(2);
    expect(entry).toMatchObject({ seq: 2, name: 'checklist.answer', args: record });
    const { createdAt: _createdAt, ...wire } = entry!;
    expect(Mutation.parse(wire)).toEqual(wire);
  });

  it('a failure while queueing leaves neither the answer nor its outbox entry', async () => {
    const fail = () => {
      throw new Error('simulated crash before the outbox entry');
    };
    db.outbox.hook('creating', fail);
    await expect(answer('APP-001', 'fail')).rejects.toThrow('simulated crash');
    db.outbox.hook('creating').unsubscribe(fail);
    expect(await db.checklistAnswers.count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
  });

  it('answers are appended and the latest answer per item wins', async () => {
    await answer('APP-001', 'fail', 'Stain on the front');
    await answer('FUN-001', 'na');
    const latest = await answer('APP-001', 'pass', 'Stain removed');
    expect(await db.checklistAnswers.count()).toBe(3);
    const current = await currentAnswers(db, inspection.id);
    expect(current.get('APP-001')).toEqual(latest);
    expect(current.get('FUN-001')?.answer).toBe('na');
    expect((await db.outbox.toArray()).filter((e) => e.name === 'checklist.answer')).toHaveLength(3);
  });

  it('a blank comment is stored as no comment', async () => {
    const record = await answer('APP-001', 'pass', '   ');
    expect(record.comment).toBeNull();
  });

  it('the repository refuses pass for an item that requires a photo while it has none, and accepts fail and N/A', async () => {
    await expect(answer('PAC-001', 'pass')).rejects.toBeInstanceOf(PhotoRequiredError);
    expect(await db.checklistAnswers.count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
    await answer('PAC-001', 'fail', 'Marks missing on 3 cartons');
    await answer('PAC-001', 'na');
    expect((await currentAnswers(db, inspection.id)).get('PAC-001')?.answer).toBe('na');
    const viaButton = await saveAnswer(db, {
      inspectionId: inspection.id,
      itemCode: 'PAC-001',
      answer: 'pass',
    });
    expect(viaButton).toEqual({ ok: false, error: 'checklist.error.photoRequired' });
  });

  it('an item that requires a photo can pass once it has a live photo, and not after that photo is removed', async () => {
    const bytes = new TextEncoder().encode('jpeg:carton marks').buffer as ArrayBuffer;
    const captured = {
      bytes,
      sha256: await sha256Hex(bytes),
      width: 1600,
      height: 1200,
      mime: 'image/jpeg' as const,
    };
    const addTo = (code: string) =>
      addPhoto(db, { inspectionId: inspection.id, target: { kind: 'checklist_item', code }, captured });
    // A photo of another item, or of the inspection as a whole, does not count.
    await addTo('APP-001');
    await expect(answer('PAC-001', 'pass')).rejects.toBeInstanceOf(PhotoRequiredError);
    const photo = await addTo('PAC-001');
    expect((await answer('PAC-001', 'pass')).answer).toBe('pass');
    await removePhoto(db, photo.id);
    await expect(answer('PAC-001', 'pass')).rejects.toBeInstanceOf(PhotoRequiredError);
    expect((await currentAnswers(db, inspection.id)).get('PAC-001')?.answer).toBe('pass');
  });

  it('an item that is not on the pinned checklist is refused', async () => {
    await expect(answer('LAB-999', 'pass')).rejects.toBeInstanceOf(UnknownChecklistItemError);
    expect(await db.checklistAnswers.count()).toBe(0);
  });

  it('a submitted inspection refuses answers', async () => {
    await answer('APP-001', 'pass');
    await db.inspections.update(inspection.id, { status: 'submitted' });
    await expect(answer('APP-001', 'fail')).rejects.toBeInstanceOf(InspectionLockedError);
    const viaButton = await saveAnswer(db, {
      inspectionId: inspection.id,
      itemCode: 'FUN-001',
      answer: 'fail',
    });
    expect(viaButton).toEqual({ ok: false, error: 'error.inspection-locked' });
    expect(await db.checklistAnswers.count()).toBe(1);
    expect(await db.outbox.count()).toBe(2);
  });

  it('progress counts answered items of the checklist and the failed ones', async () => {
    await answer('APP-001', 'fail');
    await answer('APP-001', 'pass');
    await answer('PAC-001', 'fail');
    const progress = checklistProgress(checklist.items, await currentAnswers(db, inspection.id));
    expect(progress).toEqual({ answered: 2, total: 3, failed: 1 });
  });
});

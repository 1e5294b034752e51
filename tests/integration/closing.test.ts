import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QcDb } from '../../src/db/db';
import {
  addRectification,
  addSignature,
  removeRectification,
  submitInspection,
  SubmitNotReadyError,
} from '../../src/db/repositories/closing';
import { addDefect, removeDefect } from '../../src/db/repositories/defects';
import {
  InspectionLockedError,
  startInspection,
  updateInspection,
} from '../../src/db/repositories/inspections';
import { reasonMessage } from '../../src/features/closing/reason-text';
import { closingVerdict } from '../../src/features/closing/verdict-view';
import { strokesToPath, toPadPoint } from '../../src/features/closing/pad-path';
import { computePlans } from '../../src/features/plans/plan-config';
import { translate } from '../../src/app/i18n';
import type { Inspection } from '../../src/shared/schema';
import { Mutation } from '../../src/shared/sync-protocol';
import { buildOrder, freshDb, newTestId } from './fixtures';

let db: QcDb;
let inspection: Inspection;
const order = buildOrder();

const rectification = () => ({
  inspectionId: inspection.id,
  text: 'Re-press collars on carton 12',
  owner: 'Ms. Li (finishing)',
  dueDate: '2026-11-25',
});
const sign = (role: 'inspector' | 'factory') =>
  addSignature(db, {
    inspectionId: inspection.id,
    role,
    name: `${role} name`,
    path: 'M 10 20 L 30 40 L 35 41 M 50 60 L 52 61',
    width: 600,
    height: 200,
  });

/** Everything but the outbox and meta, to prove a refused write changed nothing. */
const snapshot = async () => ({
  inspections: await db.inspections.toArray(),
  defects: await db.defects.toArray(),
  rectifications: await db.rectifications.toArray(),
  signatures: await db.signatures.toArray(),
  outbox: await db.outbox.toArray(),
});

const outboxWire = async () =>
  (await db.outbox.orderBy('seq').toArray()).map(({ createdAt: _c, ...wire }) => Mutation.parse(wire));

beforeEach(async () => {
  db = freshDb();
  await db.orders.put(order);
  inspection = await startInspection(db, {
    orderId: order.id,
    inspectorId: newTestId(),
    stage: 'final',
    lotSize: 1000,
    cartons: 40,
  });
});
afterEach(async () => {
  await db.delete();
});

describe('rectifications', () => {
  it('adding a rectification stores it with a rectification.add outbox entry', async () => {
    const added = await addRectification(db, rectification());
    expect(await db.rectifications.get(added.id)).toEqual(added);
    expect((await outboxWire()).at(-1)).toMatchObject({ name: 'rectification.add', args: added });
  });

  it('removing a rectification tombstones it and a second remove is a no-op', async () => {
    const added = await addRectification(db, rectification());
    await removeRectification(db, added.id);
    await removeRectification(db, added.id);
    const stored = await db.rectifications.get(added.id);
    expect(stored?.deletedAt).not.toBeNull();
    const removes = (await outboxWire()).filter((m) => m.name === 'rectification.remove');
    expect(removes).toEqual([
      expect.objectContaining({
        args: { id: added.id, inspectionId: inspection.id, deletedAt: stored?.deletedAt },
      }),
    ]);
  });

  it('a rectification without text, owner or a valid due date is refused', async () => {
    await expect(addRectification(db, { ...rectification(), text: '  ' })).rejects.toThrow();
    await expect(addRectification(db, { ...rectification(), owner: '' })).rejects.toThrow();
    await expect(addRectification(db, { ...rectification(), dueDate: '25/11/2026' })).rejects.toThrow();
    expect(await db.rectifications.count()).toBe(0);
  });
});

describe('signatures', () => {
  it('a signature with a pad path is stored with a signature.add outbox entry', async () => {
    const signature = await sign('factory');
    expect(await db.signatures.get(signature.id)).toEqual(signature);
    expect((await outboxWire()).at(-1)).toMatchObject({ name: 'signature.add', args: signature });
  });

  it('a signature path that is not integer M/L commands is refused', async () => {
    const base = {
      inspectionId: inspection.id,
      role: 'inspector' as const,
      name: 'Wang',
      width: 600,
      height: 200,
    };
    for (const path of [
      '',
      'M 1.5 2 L 3 4',
      'M 1 2 C 3 4 5 6 7 8',
      'L 1 2',
      'M 1 2 L 3',
      'M 1 2 <script>',
      'MNaN NaN',
    ]) {
      await expect(addSignature(db, { ...base, path })).rejects.toThrow();
    }
    await expect(addSignature(db, { ...base, name: ' ', path: 'M1 2' })).rejects.toThrow();
    expect(await db.signatures.count()).toBe(0);
  });
});

describe('submit', () => {
  it('submit is refused without a recommendation or without both signatures', async () => {
    await expect(submitInspection(db, inspection.id)).rejects.toMatchObject({
      missing: ['recommendation', 'signature-inspector', 'signature-factory'],
    });
    await updateInspection(db, inspection.id, { recommendation: 'pass' });
    await sign('inspector');
    const refused = submitInspection(db, inspection.id);
    await expect(refused).rejects.toBeInstanceOf(SubmitNotReadyError);
    await expect(refused).rejects.toMatchObject({ missing: ['signature-factory'] });
    expect((await db.inspections.get(inspection.id))?.status).toBe('in_progress');
  });

  it('a recommendation that differs from the computed result needs a reason to submit', async () => {
    await updateInspection(db, inspection.id, { recommendation: 'pass' });
    await sign('inspector');
    await sign('factory');
    await expect(submitInspection(db, inspection.id, { computed: 'fail' })).rejects.toMatchObject({
      missing: ['recommendation-reason'],
    });
    await updateInspection(db, inspection.id, { recommendationReason: 'Defects re-checked with buyer QA' });
    await submitInspection(db, inspection.id, { computed: 'fail' });
    expect((await db.inspections.get(inspection.id))?.status).toBe('submitted');
  });

  it('submit sets status and submittedAt and queues inspection.submit with an HLC after the last update', async () => {
    await updateInspection(db, inspection.id, { recommendation: 'fail' });
    await sign('inspector');
    await sign('factory');
    const submittedAt = await submitInspection(db, inspection.id);
    expect(await db.inspections.get(inspection.id)).toMatchObject({ status: 'submitted', submittedAt });
    const wire = await outboxWire();
    const update = wire.find((m) => m.name === 'inspection.update');
    const submit = wire.at(-1);
    expect(submit).toMatchObject({ name: 'inspection.submit', args: { id: inspection.id, submittedAt } });
    if (submit?.name !== 'inspection.submit' || update?.name !== 'inspection.update')
      throw new Error('shape');
    expect(submit.args.hlc > update.args.hlc).toBe(true);
  });

  it('after submit every write is refused and the stored records are unchanged', async () => {
    const defect = await addDefect(db, { inspectionId: inspection.id, code: 'FAB-001', severity: 'major' });
    const line = await addRectification(db, rectification());
    await updateInspection(db, inspection.id, { recommendation: 'pass' });
    await sign('inspector');
    await sign('factory');
    await submitInspection(db, inspection.id);
    const before = await snapshot();

    // Thunks: each refusal is awaited as it happens, none is left unhandled.
    const attempts = [
      () => addDefect(db, { inspectionId: inspection.id, code: 'FAB-002', severity: 'minor' }),
      () => removeDefect(db, defect.id),
      () => updateInspection(db, inspection.id, { cartons: 1 }),
      () => addRectification(db, rectification()),
      () => removeRectification(db, line.id),
      () => sign('factory'),
      () => submitInspection(db, inspection.id),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(InspectionLockedError);
    expect(await snapshot()).toEqual(before);
  });
});

describe('closing verdict and pad', () => {
  it('the verdict fails the moment a class reaches Re, and every reason has a translated message', async () => {
    const { plans } = computePlans(1000, order.aqlPreset);
    if (!plans) throw new Error('no plans');
    const critical = await addDefect(db, {
      inspectionId: inspection.id,
      code: 'FAB-001',
      severity: 'critical',
    });
    const { verdict, missing } = closingVerdict(plans, {
      defects: [critical],
      readings: [],
      answers: new Map(),
      specSheet: null,
      checklist: null,
    });
    expect(verdict.result).toBe('fail');
    expect(verdict.classes.critical).toBe('rejected');
    expect(missing).toEqual(['spec-sheet', 'checklist']);
    for (const reason of verdict.reasons) {
      const message = reasonMessage(reason);
      for (const locale of ['en', 'zh-CN'] as const) {
        expect(translate(locale, message.key, { ...message.params, what: 'x' })).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('without the pinned checklist a clean inspection is pending, never pass', () => {
    const { plans } = computePlans(1000, order.aqlPreset);
    if (!plans) throw new Error('no plans');
    const evidence = { defects: [], readings: [], answers: new Map(), specSheet: null, checklist: null };
    expect(closingVerdict({ ...plans, measurement: null }, evidence).verdict.result).toBe('pending');
  });

  it('pad points are scaled into the 600 x 200 box, rounded and clamped', () => {
    const rect = { left: 10, top: 20, width: 300, height: 100 };
    expect(toPadPoint(10, 20, rect)).toEqual([0, 0]);
    expect(toPadPoint(160.2, 70.3, rect)).toEqual([300, 101]);
    expect(toPadPoint(500, -5, rect)).toEqual([600, 0]);
    expect(
      strokesToPath([
        [
          [1, 2],
          [3, 4],
        ],
        [],
        [[5, 6]],
      ]),
    ).toBe('M 1 2 L 3 4 M 5 6');
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QcDb } from '../../src/db/db';
import { addSignature, submitInspection } from '../../src/db/repositories/closing';
import {
  AddRollInput,
  addFabricDefect,
  addFabricRoll,
  BeyondRollEndError,
  liveRollsWithDefects,
  removeFabricDefect,
  removeFabricRoll,
  UnknownRollError,
} from '../../src/db/repositories/fabric';
import {
  InspectionLockedError,
  startInspection,
  updateInspection,
} from '../../src/db/repositories/inspections';
import { closingVerdict } from '../../src/features/closing/verdict-view';
import { plansForStage, scoreRolls } from '../../src/features/fabric/fabric-score';
import { computePlans } from '../../src/features/plans/plan-config';
import { QUICK_DEFECTS } from '../../src/features/fabric/quick-defects';
import { defectPoints } from '../../src/shared/domain';
import type { Inspection } from '../../src/shared/schema';
import { Mutation } from '../../src/shared/sync-protocol';
import { buildOrder, freshDb, newTestId } from './fixtures';

let db: QcDb;
let inspection: Inspection;
const order = buildOrder({ currentStage: 'fabric' });

const START = { stage: 'fabric', lotSize: 20, cartons: 0 } as const;
const start = () => startInspection(db, { ...START, orderId: order.id, inspectorId: newTestId() });
const ROLL = { rollNo: 'R-01', length: 100, lengthUnit: 'yd', cuttableWidth: 57, widthUnit: 'in' } as const;
const roll = (overrides: Partial<AddRollInput> = {}) =>
  addFabricRoll(db, { inspectionId: inspection.id, ...ROLL, ...overrides });
const DEFECT = { kind: 'defect', unit: 'in', fullWidth: false } as const;
const tap = (rollId: string, atYard: number, size = 3) =>
  addFabricDefect(db, { ...DEFECT, inspectionId: inspection.id, rollId, size, atYard });
const outboxWire = async () =>
  (await db.outbox.orderBy('seq').toArray()).map(({ createdAt: _c, ...wire }) => Mutation.parse(wire));

beforeEach(async () => {
  db = freshDb();
  await db.orders.put(order);
  inspection = await start();
});
afterEach(async () => {
  await db.delete();
});

describe('fabric rolls', () => {
  it('a roll is stored with a fabric_roll.add outbox entry', async () => {
    const added = await roll();
    expect(await db.fabricRolls.get(added.id)).toEqual(added);
    expect((await outboxWire()).at(-1)).toMatchObject({ name: 'fabric_roll.add', args: added });
  });

  it('a roll with a zero or negative length or width, or without a number, is refused and nothing is saved', async () => {
    const before = await db.outbox.count();
    await expect(roll({ length: 0 })).rejects.toThrow();
    await expect(roll({ length: -5 })).rejects.toThrow();
    await expect(roll({ cuttableWidth: 0 })).rejects.toThrow();
    await expect(roll({ cuttableWidth: -1 })).rejects.toThrow();
    await expect(roll({ length: Number.NaN })).rejects.toThrow();
    await expect(roll({ rollNo: '   ' })).rejects.toThrow();
    expect(await db.fabricRolls.count()).toBe(0);
    expect(await db.outbox.count()).toBe(before);
  });

  it('the roll form schema names the invalid fields so each gets its own message', () => {
    const parsed = AddRollInput.safeParse({
      inspectionId: inspection.id,
      rollNo: '',
      length: -1,
      lengthUnit: 'yd',
      cuttableWidth: 0,
      widthUnit: 'cm',
    });
    expect(parsed.success).toBe(false);
    const fields = new Set(parsed.error?.issues.map((i) => i.path[0]));
    expect(fields).toEqual(new Set(['rollNo', 'length', 'cuttableWidth']));
  });
});

describe('fabric defects', () => {
  it('a defect tap writes the defect and its fabric_defect.add entry in one transaction', async () => {
    const r = await roll();
    const failOutbox = () => {
      throw new Error('simulated crash after the record was put');
    };
    db.outbox.hook('creating', failOutbox);
    await expect(tap(r.id, 10)).rejects.toThrow('simulated crash');
    db.outbox.hook('creating').unsubscribe(failOutbox);
    expect(await db.fabricDefects.count()).toBe(0);

    const defect = await tap(r.id, 10);
    expect(await db.fabricDefects.get(defect.id)).toEqual(defect);
    expect((await outboxWire()).at(-1)).toMatchObject({ name: 'fabric_defect.add', args: defect });
  });

  it('a defect on a roll of another inspection, a removed roll or an unknown roll is refused', async () => {
    const other = await start();
    const foreign = await addFabricRoll(db, {
      inspectionId: other.id,
      rollNo: 'X',
      length: 50,
      lengthUnit: 'm',
      cuttableWidth: 150,
      widthUnit: 'cm',
    });
    await expect(tap(foreign.id, 1)).rejects.toBeInstanceOf(UnknownRollError);
    await expect(tap(newTestId(), 1)).rejects.toBeInstanceOf(UnknownRollError);
    const gone = await roll();
    await removeFabricRoll(db, gone.id);
    await expect(tap(gone.id, 1)).rejects.toBeInstanceOf(UnknownRollError);
    expect(await db.fabricDefects.count()).toBe(0);
  });

  it('a defect beyond the end of the roll is refused; a metric roll is measured in yards', async () => {
    const metric = await roll({ length: 100, lengthUnit: 'm' }); // 109.36 yd
    await expect(tap(metric.id, 109)).resolves.toBeDefined();
    await expect(tap(metric.id, 110)).rejects.toBeInstanceOf(BeyondRollEndError);
  });

  it('removing a defect tombstones it, a second remove is a no-op, and it no longer scores', async () => {
    const r = await roll();
    const defect = await tap(r.id, 5, 10);
    await removeFabricDefect(db, defect.id);
    await removeFabricDefect(db, defect.id);
    expect((await db.fabricDefects.get(defect.id))?.deletedAt).not.toBeNull();
    expect((await outboxWire()).filter((m) => m.name === 'fabric_defect.remove')).toHaveLength(1);
    const [live] = await liveRollsWithDefects(db, inspection.id);
    expect(live?.defects).toEqual([]);
  });

  it('the quick buttons score 1, 2, 3, 4 points by band and 2 or 4 for holes', () => {
    expect(QUICK_DEFECTS.map((q) => defectPoints({ ...q, atYard: 0, unit: 'in' }))).toEqual(
      QUICK_DEFECTS.map((q) => q.points),
    );
  });

  it('the live score follows the taps: a roll over 40 points per 100 yd² fails, and so does the lot', async () => {
    // 10 yd × 36 in = 10 yd²: every point is 10 points per 100 yd².
    const small = await roll({ rollNo: 'S', length: 10, cuttableWidth: 36 });
    await tap(small.id, 0.5, 10);
    let lot = scoreRolls(await liveRollsWithDefects(db, inspection.id));
    expect(lot.result?.rolls[0]).toMatchObject({ points: 4, per100SquareYards: 40, pass: true });
    expect(lot.status).toBe('pass');
    await tap(small.id, 1.5, 3);
    lot = scoreRolls(await liveRollsWithDefects(db, inspection.id));
    expect(lot.result?.rolls[0]).toMatchObject({ points: 5, pass: false });
    expect(lot.status).toBe('fail');
    expect(lot.result?.failedRolls).toEqual([small.id]);
  });

  it('a fabric inspection is not judged on garment measurements; a garment inspection still is', () => {
    const plans = computePlans(1000, order.aqlPreset).plans;
    if (!plans) throw new Error('no plans');
    const evidence = { defects: [], readings: [], answers: new Map(), specSheet: null, checklist: null };
    const fabric = closingVerdict(plansForStage(plans, 'fabric'), evidence).verdict;
    const garment = closingVerdict(plansForStage(plans, 'final'), evidence).verdict;
    expect(fabric.measurement).toBe('not-applicable');
    expect(garment.measurement).toBe('pending');
  });

  it('with no rolls the lot is pending', () => {
    expect(scoreRolls([]).status).toBe('pending');
  });
});

describe('locking', () => {
  it('rolls and defects are refused after submit, and nothing is written', async () => {
    const r = await roll();
    const defect = await tap(r.id, 1);
    await updateInspection(db, inspection.id, { recommendation: 'pass' });
    for (const role of ['inspector', 'factory'] as const) {
      await addSignature(db, {
        inspectionId: inspection.id,
        role,
        name: role,
        path: 'M 1 2 L 3 4',
        width: 600,
        height: 200,
      });
    }
    await submitInspection(db, inspection.id);
    const outbox = await db.outbox.count();
    await expect(roll()).rejects.toBeInstanceOf(InspectionLockedError);
    await expect(tap(r.id, 2)).rejects.toBeInstanceOf(InspectionLockedError);
    await expect(removeFabricDefect(db, defect.id)).rejects.toBeInstanceOf(InspectionLockedError);
    await expect(removeFabricRoll(db, r.id)).rejects.toBeInstanceOf(InspectionLockedError);
    expect(await db.outbox.count()).toBe(outbox);
    expect(await db.fabricRolls.count()).toBe(1);
    expect(await db.fabricDefects.count()).toBe(1);
  });
});

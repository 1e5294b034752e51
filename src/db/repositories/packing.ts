/**
 * Packing commands and reads. Append-only like checklist answers: every tap is a new
 * `packing.check` record and the latest per (kind, cartonNo) is the current one. Owns the rules
 * that are judged, not typed: pieces per carton fail on any mismatch with the expected count, and
 * the assortment fails when a colour/size is off its share of the order. Every command refuses
 * (InspectionLockedError) on a submitted inspection, checked inside its write transaction.
 *
 * The expected pieces per carton is entered once per inspection; it is stored as a
 * `pieces_per_carton` check with `cartonNo: null` ("the whole shipment" in the contract), so it
 * syncs and survives like every other check without a new field on the inspection.
 */
import { z } from 'zod';
import { allocateSample } from '../../shared/domain';
import { Id, PackingCheck } from '../../shared/schema';
import type { QcDb } from '../db';
import { newId as defaultNewId, type IdGenerator } from '../ids';
import { assertEditable } from './inspections';
import { commitWithOutbox, systemClock, type WriteClock } from './outbox';

type Deps = { clock?: WriteClock; newId?: IdGenerator };

const CartonNo = z.number().int().positive();
const Pieces = z.number().int().positive().max(100_000);

export class ExpectedPiecesMissingError extends Error {
  constructor() {
    super('enter the expected pieces per carton first');
  }
}

export class OrderMissingError extends Error {
  constructor(readonly orderId: string) {
    super(`order ${orderId} is not on this phone`);
  }
}

type Judged = Pick<PackingCheck, 'inspectionId' | 'kind' | 'cartonNo' | 'result' | 'expected' | 'actual'>;

/** Writes one judged check; `judge` runs inside the transaction, after the lock check. */
const record = (db: QcDb, inspectionId: string, judge: () => Promise<Judged> | Judged, deps: Deps) => {
  const { clock = systemClock, newId = defaultNewId } = deps;
  const tables = [db.packingChecks, db.inspections, db.orders, db.outbox, db.meta];
  return db.transaction('rw', tables, async () => {
    await assertEditable(db, Id.parse(inspectionId));
    const check = PackingCheck.parse({
      id: newId(),
      note: null,
      ...(await judge()),
      createdAt: clock.now().toISOString(),
    });
    await commitWithOutbox(db, db.packingChecks, check, { name: 'packing.check', args: check }, clock);
    return check;
  });
};

/** Ticks (or unticks: result `na`) a carton as opened. */
export const markCartonOpened = (
  db: QcDb,
  input: { inspectionId: string; cartonNo: number; opened: boolean },
  deps: Deps = {},
) => {
  const cartonNo = CartonNo.parse(input.cartonNo);
  const result = input.opened ? ('pass' as const) : ('na' as const);
  const check = { inspectionId: input.inspectionId, kind: 'carton_opened' as const, cartonNo, result };
  return record(db, input.inspectionId, () => ({ ...check, expected: null, actual: null }), deps);
};

/** Shipping marks and carton condition are judged by eye: the inspector's result is stored. */
export const recordVisualCheck = (
  db: QcDb,
  input: {
    inspectionId: string;
    kind: 'shipping_marks' | 'carton_condition';
    cartonNo: number;
    result: PackingCheck['result'];
  },
  deps: Deps = {},
) => {
  const cartonNo = CartonNo.parse(input.cartonNo);
  return record(db, input.inspectionId, () => ({ ...input, cartonNo, expected: null, actual: null }), deps);
};

export const setExpectedPieces = (
  db: QcDb,
  input: { inspectionId: string; pieces: number },
  deps: Deps = {},
) => {
  const pieces = Pieces.parse(input.pieces);
  const setting = { inspectionId: input.inspectionId, kind: 'pieces_per_carton' as const, cartonNo: null };
  return record(
    db,
    input.inspectionId,
    () => ({ ...setting, result: 'na', expected: String(pieces), actual: null }),
    deps,
  );
};

const latest = async (db: QcDb, inspectionId: string, kind: PackingCheck['kind'], cartonNo: number | null) =>
  (await db.packingChecks.where('[inspectionId+kind]').equals([inspectionId, kind]).toArray())
    .filter((c) => c.cartonNo === cartonNo)
    .sort(newestLast)
    .at(-1);

/** Pieces found in one carton against the expected count: any difference fails. */
export const recordPieces = (
  db: QcDb,
  input: { inspectionId: string; cartonNo: number; actual: number },
  deps: Deps = {},
) => {
  const cartonNo = CartonNo.parse(input.cartonNo);
  const actual = z.number().int().nonnegative().max(100_000).parse(input.actual);
  return record(
    db,
    input.inspectionId,
    async () => {
      const expected = (await latest(db, input.inspectionId, 'pieces_per_carton', null))?.expected;
      if (!expected) throw new ExpectedPiecesMissingError();
      const result = Number(expected) === actual ? 'pass' : 'fail';
      const check = { inspectionId: input.inspectionId, kind: 'pieces_per_carton' as const, cartonNo };
      return { ...check, result, expected, actual: String(actual) };
    },
    deps,
  );
};

export type AssortmentCount = { colour: string; size: string; count: number };

const lineKey = (line: { colour: string; size: string }) => `${line.colour}/${line.size}`;
const listCounts = (lines: ReadonlyArray<{ key: string; n: number }>) =>
  lines.map(({ key, n }) => `${key}:${n}`).join(', ');

/**
 * Judges a carton's colour/size counts against the order's ratio. Each line may be off its exact
 * share (total × line ÷ order) by less than one piece: a carton cannot hold 14.4 shirts, and both
 * 14/10 and 15/9 are an honest packing of a 60:40 order in a carton of 24. `expected` shows the
 * nearest whole-piece split (largest remainder), `actual` what was counted.
 */
export const judgeAssortment = (
  orderLines: ReadonlyArray<{ colour: string; size: string; quantity: number }>,
  counts: readonly AssortmentCount[],
): Pick<PackingCheck, 'result' | 'expected' | 'actual'> => {
  const found = new Map(counts.map((c) => [lineKey(c), c.count]));
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const orderTotal = orderLines.reduce((sum, l) => sum + l.quantity, 0);
  const lines = orderLines.map((l) => ({ key: lineKey(l), quantity: l.quantity }));
  const stray = counts.some((c) => c.count > 0 && !lines.some((l) => l.key === lineKey(c)));
  const fits = lines.every(
    (l) => Math.abs((found.get(l.key) ?? 0) * orderTotal - total * l.quantity) < orderTotal,
  );
  const split = total <= orderTotal ? allocateSample(total, lines) : lines.map((l) => ({ ...l, sample: 0 }));
  return {
    result: total > 0 && orderTotal > 0 && fits && !stray ? 'pass' : 'fail',
    expected: listCounts(split.map((l) => ({ key: l.key, n: l.sample }))),
    actual: listCounts(counts.map((c) => ({ key: lineKey(c), n: c.count }))),
  };
};

/** Records the assortment of one carton, judged against the lines of the inspection's order. */
export const recordAssortment = (
  db: QcDb,
  input: { inspectionId: string; cartonNo: number; counts: AssortmentCount[] },
  deps: Deps = {},
) => {
  const cartonNo = CartonNo.parse(input.cartonNo);
  const counts = z
    .array(
      z.object({ colour: z.string().min(1), size: z.string().min(1), count: z.number().int().nonnegative() }),
    )
    .parse(input.counts);
  return record(
    db,
    input.inspectionId,
    async () => {
      const inspection = await db.inspections.get(input.inspectionId);
      const order = inspection && (await db.orders.get(inspection.orderId));
      if (!order) throw new OrderMissingError(inspection?.orderId ?? input.inspectionId);
      const check = { inspectionId: input.inspectionId, kind: 'assortment' as const, cartonNo };
      return { ...check, ...judgeAssortment(order.lines, counts) };
    },
    deps,
  );
};

const newestLast = (a: PackingCheck, b: PackingCheck) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

export const checkKey = (kind: PackingCheck['kind'], cartonNo: number | null) => `${kind}#${cartonNo ?? '*'}`;

/** The current check per (kind, cartonNo): the newest record wins, also across devices. */
export const latestPerCheck = (checks: readonly PackingCheck[]): Map<string, PackingCheck> => {
  const current = new Map<string, PackingCheck>();
  for (const check of [...checks].sort(newestLast)) current.set(checkKey(check.kind, check.cartonNo), check);
  return current;
};

export const currentPackingChecks = async (db: QcDb, inspectionId: string) =>
  latestPerCheck(await db.packingChecks.where('inspectionId').equals(inspectionId).toArray());

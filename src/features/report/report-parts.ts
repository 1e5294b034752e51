/**
 * Pure pieces of the report model: which records are "current" and how they are ordered. Kept
 * apart from the database read so each rule reads on its own and can be tested without Dexie.
 */
import { judgeReading, type ReadingStatus } from '../../shared/domain';
import type { Decision, Measurement, PackingCheck, Photo, Signature, SpecSheet } from '../../shared/schema';
import { pomSpec } from '../measurements/spec';

export interface ReportMeasureRow {
  size: string;
  sampleNo: number;
  pomCode: string;
  value: number;
  /** reading − target in the sheet's unit; null when the sheet grades no target for the size. */
  deviation: number | null;
  status: ReadingStatus | null;
}

/** Current readings as rows ordered size (sheet order) → sample → POM (sheet order). */
export const measureRows = (sheet: SpecSheet, readings: readonly Measurement[]): ReportMeasureRow[] => {
  const sizeIndex = new Map(sheet.sizes.map((s, i) => [s, i]));
  const pomIndex = new Map(sheet.points.map((p, i) => [p.code, i]));
  return [...readings]
    .sort(
      (a, b) =>
        (sizeIndex.get(a.size) ?? 1e9) - (sizeIndex.get(b.size) ?? 1e9) ||
        a.sampleNo - b.sampleNo ||
        (pomIndex.get(a.pomCode) ?? 1e9) - (pomIndex.get(b.pomCode) ?? 1e9),
    )
    .map((r) => {
      const pom = sheet.points.find((p) => p.code === r.pomCode);
      const spec = pom ? pomSpec(pom, r.size, sheet.unit) : null;
      const judged = spec ? judgeReading(spec, r.value) : null;
      return {
        size: r.size,
        sampleNo: r.sampleNo,
        pomCode: r.pomCode,
        value: r.value,
        deviation: judged?.deviation ?? null,
        status: judged?.status ?? null,
      };
    });
};

const newer = <T extends { id: string }>(a: T, b: T, at: (x: T) => string) =>
  at(a) > at(b) || (at(a) === at(b) && a.id > b.id);

/** Packing checks are append-only: the newest per (kind, carton) is the current one. */
export const latestPackingChecks = (checks: readonly PackingCheck[]): PackingCheck[] => {
  const latest = new Map<string, PackingCheck>();
  for (const c of checks) {
    const key = `${c.kind}\u0000${c.cartonNo ?? ''}`;
    const seen = latest.get(key);
    if (!seen || newer(c, seen, (x) => x.createdAt)) latest.set(key, c);
  }
  return [...latest.values()].sort(
    (a, b) => a.kind.localeCompare(b.kind) || (a.cartonNo ?? 0) - (b.cartonNo ?? 0),
  );
};

/** Cartons ticked as opened (current answer not "n/a"), ascending. */
export const cartonsOpened = (current: readonly PackingCheck[]): number[] =>
  current
    .filter((c) => c.kind === 'carton_opened' && c.cartonNo !== null && c.result !== 'na')
    .map((c) => c.cartonNo as number)
    .sort((a, b) => a - b);

/** Signing again replaces the earlier signature of that role: keep the latest per role. */
export const latestSignatures = (signatures: readonly Signature[]) => {
  const pick = (role: Signature['role']) =>
    signatures
      .filter((s) => s.role === role)
      .reduce<Signature | null>((best, s) => (!best || newer(s, best, (x) => x.signedAt) ? s : best), null);
  return { inspector: pick('inspector'), factory: pick('factory') };
};

export const latestDecision = (decisions: readonly Decision[]): Decision | null =>
  decisions.reduce<Decision | null>(
    (best, d) => (!best || newer(d, best, (x) => x.decidedAt) ? d : best),
    null,
  );

/** Live photos grouped by what they show ('defect:<id>', 'inspection', …), oldest first. */
export const photosByTarget = (
  photos: readonly Photo[],
  keyOf: (p: Photo) => string,
): Map<string, Photo[]> => {
  const groups = new Map<string, Photo[]>();
  const live = photos
    .filter((p) => p.deletedAt === null)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const p of live) groups.set(keyOf(p), [...(groups.get(keyOf(p)) ?? []), p]);
  return groups;
};

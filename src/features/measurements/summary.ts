/**
 * Per-POM summary over every measured size, through the engine's summarizeMeasurements. Targets
 * differ per size, so each (size, POM) pair is its own spec there and the result is folded back
 * into one row per POM.
 */
import { summarizeMeasurements, type PomSpec } from '../../shared/domain';
import type { Measurement, SpecSheet } from '../../shared/schema';
import { pomSpec } from './spec';

export interface PomSummaryRow {
  pomCode: string;
  critical: boolean;
  measured: number;
  out: number;
  /** Smallest and largest reading − target, in the sheet's unit; null when nothing is measured. */
  minDeviation: number | null;
  maxDeviation: number | null;
}

export interface SheetSummary {
  rows: PomSummaryRow[];
  measured: number;
  out: number;
}

const pairId = (size: string, pomCode: string) => `${size}\u0000${pomCode}`;

export const summarizeSheet = (sheet: SpecSheet, readings: readonly Measurement[]): SheetSummary => {
  const specs: PomSpec[] = [];
  const pomOf = new Map<string, string>();
  for (const size of sheet.sizes) {
    for (const pom of sheet.points) {
      const spec = pomSpec(pom, size, sheet.unit);
      if (!spec) continue;
      specs.push({ ...spec, id: pairId(size, pom.code) });
      pomOf.set(pairId(size, pom.code), pom.code);
    }
  }
  // A reading for a size or POM the pinned sheet lacks cannot be judged; the repository refuses
  // such writes, so only foreign data could bring one, and it is left out rather than crash the screen.
  const judgeable = readings.filter((r) => pomOf.has(pairId(r.size, r.pomCode)));
  const summary = summarizeMeasurements(
    specs,
    judgeable.map((r) => ({
      pomId: pairId(r.size, r.pomCode),
      sample: `${r.size}#${r.sampleNo}`,
      value: r.value,
    })),
  );
  const rows = new Map<string, PomSummaryRow>(
    sheet.points.map((p) => [
      p.code,
      { pomCode: p.code, critical: p.critical, measured: 0, out: 0, minDeviation: null, maxDeviation: null },
    ]),
  );
  for (const perPom of summary.perPom) {
    const row = rows.get(pomOf.get(perPom.pomId) ?? '');
    if (!row) continue;
    row.measured += perPom.measured;
    row.out += perPom.outOfTolerance;
  }
  for (const reading of summary.readings) {
    const row = rows.get(pomOf.get(reading.pomId) ?? '');
    if (!row || !reading.judged) continue;
    const d = reading.judged.deviation;
    row.minDeviation = row.minDeviation === null ? d : Math.min(row.minDeviation, d);
    row.maxDeviation = row.maxDeviation === null ? d : Math.max(row.maxDeviation, d);
  }
  return { rows: [...rows.values()], measured: summary.measured, out: summary.outOfTolerance };
};

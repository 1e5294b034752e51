import { DomainError } from './errors';
import { judgeReading } from './tolerance';
import type { JudgedReading, LengthUnit, PomSpec } from './tolerance';

export interface MeasurementReading {
  pomId: string;
  /** Which garment of the measurement sample (0-based or any stable id). */
  sample: string | number;
  /** null = not measured yet. */
  value: number | null;
  unit?: LengthUnit;
}

export interface PomSummary {
  pomId: string;
  critical: boolean;
  measured: number;
  missing: number;
  outOfTolerance: number;
  maxOver: number;
  maxUnder: number;
}

export interface SampleSummary {
  sample: string | number;
  measured: number;
  outOfTolerance: number;
  criticalOut: number;
}

export interface MeasurementSummary {
  readings: Array<MeasurementReading & { judged: JudgedReading | null }>;
  perPom: PomSummary[];
  perSample: SampleSummary[];
  measured: number;
  missing: number;
  outOfTolerance: number;
  /** outOfTolerance / measured (0 when nothing measured). */
  outShare: number;
  criticalOut: number;
}

/**
 * Judges every reading and aggregates per POM and per sample garment. Readings for unknown POMs
 * are a caller bug and throw; missing values (null) are counted so the verdict can stay pending.
 */
export function summarizeMeasurements(
  specs: readonly PomSpec[],
  readings: readonly MeasurementReading[],
): MeasurementSummary {
  const byId = new Map(specs.map((s) => [s.id, s]));
  const perPom = new Map<string, PomSummary>(
    specs.map((s) => [
      s.id,
      {
        pomId: s.id,
        critical: !!s.critical,
        measured: 0,
        missing: 0,
        outOfTolerance: 0,
        maxOver: 0,
        maxUnder: 0,
      },
    ]),
  );
  const perSample = new Map<string | number, SampleSummary>();
  const judged = readings.map((r) => {
    const spec = byId.get(r.pomId);
    if (!spec) throw new DomainError('invalid-reading', 'Reading for an unknown POM', { pomId: r.pomId });
    const pom = perPom.get(r.pomId) as PomSummary;
    const sample = perSample.get(r.sample) ?? {
      sample: r.sample,
      measured: 0,
      outOfTolerance: 0,
      criticalOut: 0,
    };
    perSample.set(r.sample, sample);
    if (r.value === null) {
      pom.missing += 1;
      return { ...r, judged: null };
    }
    const j = judgeReading(spec, r.value, r.unit ?? spec.unit);
    pom.measured += 1;
    sample.measured += 1;
    if (j.status !== 'in') {
      pom.outOfTolerance += 1;
      sample.outOfTolerance += 1;
      if (spec.critical) sample.criticalOut += 1;
    }
    if (j.status === 'over') pom.maxOver = Math.max(pom.maxOver, j.exceededBy);
    if (j.status === 'under') pom.maxUnder = Math.max(pom.maxUnder, j.exceededBy);
    return { ...r, judged: j };
  });
  const poms = [...perPom.values()];
  const measured = poms.reduce((a, p) => a + p.measured, 0);
  const out = poms.reduce((a, p) => a + p.outOfTolerance, 0);
  return {
    readings: judged,
    perPom: poms,
    perSample: [...perSample.values()],
    measured,
    missing: poms.reduce((a, p) => a + p.missing, 0),
    outOfTolerance: out,
    outShare: measured === 0 ? 0 : out / measured,
    criticalOut: poms.filter((p) => p.critical).reduce((a, p) => a + p.outOfTolerance, 0),
  };
}

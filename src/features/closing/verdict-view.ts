/**
 * The computed verdict of an inspection from what is on this phone: plans, live defects, the
 * current measurement readings against the pinned spec sheet and the current checklist answers.
 * Pure, so the closing tab and its tests judge exactly alike.
 */
import {
  computeVerdict,
  type AttributeCount,
  type SamplingPlan,
  summarizeMeasurements,
  type ChecklistItem as VerdictItem,
  type InspectionPlans,
  type PomSpec,
  type VerdictResult,
} from '../../shared/domain';
import type { Checklist, ChecklistAnswer, Defect, Measurement, SpecSheet } from '../../shared/schema';
import { defectTotals } from '../defects/defect-totals';
import { pomSpec } from '../measurements/spec';

export interface ClosingEvidence {
  defects: readonly Defect[];
  readings: readonly Measurement[];
  answers: ReadonlyMap<string, ChecklistAnswer>;
  specSheet: SpecSheet | null;
  checklist: Checklist | null;
  /** Packing failures as an attribute plan and count (see packingVerdictInput); absent = not judged. */
  packing?: { plan: SamplingPlan; count: AttributeCount } | null;
}

export type MissingCatalogue = 'spec-sheet' | 'checklist';

const measurementSummary = (sheet: SpecSheet, readings: readonly Measurement[]) => {
  // Targets differ per size, so each (size, POM) pair is its own spec for the engine.
  const key = (size: string, code: string) => `${size}\u0000${code}`;
  const specs: PomSpec[] = [];
  for (const size of sheet.sizes) {
    for (const pom of sheet.points) {
      const spec = pomSpec(pom, size, sheet.unit);
      if (spec) specs.push({ ...spec, id: key(size, pom.code) });
    }
  }
  const known = new Set(specs.map((s) => s.id));
  return summarizeMeasurements(
    specs,
    readings
      .filter((r) => known.has(key(r.size, r.pomCode)))
      .map((r) => ({ pomId: key(r.size, r.pomCode), sample: `${r.size}#${r.sampleNo}`, value: r.value })),
  );
};

export const closingVerdict = (
  plans: InspectionPlans,
  evidence: ClosingEvidence,
): { verdict: VerdictResult; missing: MissingCatalogue[] } => {
  const totals = defectTotals(evidence.defects);
  // The app does not count inspected units yet: at closing the workmanship sample is taken as
  // fully inspected, so a class is accepted or rejected on its count alone.
  const inspected = plans.workmanshipSampleSize;
  const checklist: VerdictItem[] | undefined = evidence.checklist?.items.map((item) => ({
    id: item.code,
    result: evidence.answers.get(item.code)?.answer ?? 'pending',
  }));
  const packing = evidence.packing ?? null;
  const verdict = computeVerdict({
    plans: packing ? { ...plans, packing: packing.plan } : plans,
    packing: packing?.count ?? null,
    workmanship: {
      critical: { inspected, found: totals.critical },
      major: { inspected, found: totals.major },
      minor: { inspected, found: totals.minor },
    },
    measurements: evidence.specSheet ? measurementSummary(evidence.specSheet, evidence.readings) : null,
    pomCount: evidence.specSheet?.points.length ?? 0,
    checklist,
  });
  const missing: MissingCatalogue[] = [];
  if (!evidence.specSheet) missing.push('spec-sheet');
  if (!evidence.checklist) missing.push('checklist');
  // Without the pinned checklist nothing says it passed: never show "pass" on missing evidence.
  if (missing.length > 0 && verdict.result === 'pass')
    return { verdict: { ...verdict, result: 'pending' }, missing };
  return { verdict, missing };
};

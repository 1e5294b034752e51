/**
 * From stored evidence to the computed verdict: the ONE mapping the phone's closing tab and the
 * server's `computed_result` both use, so the office queue and the phone never disagree. Pure:
 * no React, Dexie or Node. Callers pass LIVE records (tombstones already dropped or kept; both
 * are handled); "current" means the latest record per cell, item or check, as on the phone.
 */
import {
  cartonsToOpen,
  computeVerdict,
  drawCartons,
  inspectionPlans,
  summarizeMeasurements,
  type AttributeCount,
  type ChecklistItem,
  type InspectionPlans,
  type PomSpec,
  type SamplingPlan,
  type VerdictResult,
} from './domain';
import type { Checklist } from './schema/checklist';
import type { ChecklistAnswer } from './schema/checklist-answer';
import type { Defect } from './schema/defect';
import type { Inspection } from './schema/inspection';
import type { Measurement } from './schema/measurement';
import type { PackingCheck } from './schema/packing-check';
import type { SpecSheet } from './schema/spec-sheet';

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

type Dated = { id: string; createdAt: string; deletedAt?: string | null };
const newer = (a: Dated, b: Dated | undefined) =>
  !b || a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id > b.id);

/** The newest live record per key; two devices can each add one and the newest wins. */
export function latestBy<T extends Dated>(records: readonly T[], key: (r: T) => string): Map<string, T> {
  const latest = new Map<string, T>();
  for (const r of records) {
    if (r.deletedAt != null) continue;
    if (newer(r, latest.get(key(r)))) latest.set(key(r), r);
  }
  return latest;
}

export const cellKey = (r: Pick<Measurement, 'size' | 'sampleNo' | 'pomCode'>) =>
  `${r.size}\u0000${r.sampleNo}\u0000${r.pomCode}`;
export const packingKey = (kind: PackingCheck['kind'], cartonNo: number | null) =>
  `${kind}#${cartonNo ?? '*'}`;

const CARTON_CHECKS = ['shipping_marks', 'pieces_per_carton', 'carton_condition', 'assortment'] as const;

/**
 * Only failures of drawn, opened cartons are fed in (Ac 0 / Re 1): an unfinished packing check
 * never holds a verdict at "pending". Mirrors features/packing/packing-summary.ts.
 */
export function packingFromChecks(
  inspection: Pick<Inspection, 'id' | 'cartons'>,
  checks: readonly PackingCheck[],
): { plan: SamplingPlan; count: AttributeCount } | null {
  const current = latestBy(checks, (c) => packingKey(c.kind, c.cartonNo));
  const drawn = drawCartons(inspection.cartons, cartonsToOpen(inspection.cartons), inspection.id);
  const opened = drawn.filter((n) => current.get(packingKey('carton_opened', n))?.result === 'pass');
  const failed = opened.filter((n) =>
    CARTON_CHECKS.some((kind) => current.get(packingKey(kind, n))?.result === 'fail'),
  );
  if (failed.length === 0) return null;
  const plan: SamplingPlan = {
    codeLetter: '-',
    planCodeLetter: '-',
    sampleSize: drawn.length,
    acceptNumber: 0,
    rejectNumber: 1,
    fullInspection: false,
  };
  return { plan, count: { inspected: opened.length, found: failed.length } };
}

/**
 * Measurement sample: special level S-3 (a common buyer default for measured garments). The
 * header has no field for it yet; the PWA's plan-config.ts and the server both use this one.
 */
export const MEASUREMENT_LEVEL = 'S-3' as const;

/**
 * The plans an inspection is judged with, or null when its lot size or AQL makes no plan. A
 * fabric inspection has no measurement tab, so it must not wait for measurements.
 */
export function verdictPlans(
  inspection: Pick<Inspection, 'lotSize' | 'aql' | 'stage'>,
): InspectionPlans | null {
  try {
    const { aql } = inspection;
    const plans = inspectionPlans({
      lotSize: inspection.lotSize,
      level: aql.level,
      inspection: 'normal',
      aql: { critical: aql.critical, major: aql.major, minor: aql.minor },
      measurement: { level: MEASUREMENT_LEVEL },
    });
    return inspection.stage === 'fabric' ? { ...plans, measurement: null } : plans;
  } catch {
    return null;
  }
}

const pomSpecs = (sheet: SpecSheet): PomSpec[] => {
  const specs: PomSpec[] = [];
  for (const size of sheet.sizes) {
    for (const pom of sheet.points) {
      const target = pom.targets[size];
      if (target === undefined) continue;
      // Targets differ per size, so each (size, POM) pair is its own spec for the engine.
      specs.push({
        id: `${size}\u0000${pom.code}`,
        target,
        minus: pom.tolMinus,
        plus: pom.tolPlus,
        unit: sheet.unit === 'inch' ? 'in' : 'cm',
        critical: pom.critical,
      });
    }
  }
  return specs;
};

const measurementSummary = (sheet: SpecSheet, readings: readonly Measurement[]) => {
  const specs = pomSpecs(sheet);
  const known = new Set(specs.map((s) => s.id));
  const id = (r: Measurement) => `${r.size}\u0000${r.pomCode}`;
  return summarizeMeasurements(
    specs,
    readings
      .filter((r) => known.has(id(r)))
      .map((r) => ({ pomId: id(r), sample: `${r.size}#${r.sampleNo}`, value: r.value })),
  );
};

export const closingVerdict = (
  plans: InspectionPlans,
  evidence: ClosingEvidence,
): { verdict: VerdictResult; missing: MissingCatalogue[] } => {
  const found = { critical: 0, major: 0, minor: 0 };
  for (const d of evidence.defects) if (d.deletedAt === null) found[d.severity] += d.quantity;
  // The app does not count inspected units yet: at closing the workmanship sample is taken as
  // fully inspected, so a class is accepted or rejected on its count alone.
  const inspected = plans.workmanshipSampleSize;
  const checklist: ChecklistItem[] | undefined = evidence.checklist?.items.map((item) => ({
    id: item.code,
    result: evidence.answers.get(item.code)?.answer ?? 'pending',
  }));
  const packing = evidence.packing ?? null;
  const verdict = computeVerdict({
    plans: packing ? { ...plans, packing: packing.plan } : plans,
    packing: packing?.count ?? null,
    workmanship: {
      critical: { inspected, found: found.critical },
      major: { inspected, found: found.major },
      minor: { inspected, found: found.minor },
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

import type { InspectionLevel, InspectionSeverity, PlanLetter } from './aql';
import { DomainError } from './errors';
import { MASTER_TABLES } from './tables/master';
import { codeLetterFor, samplingPlan, validateAql } from './sampling';
import type { SamplingPlan } from './sampling';

export const DEFECT_CLASSES = ['critical', 'major', 'minor'] as const;
export type DefectClass = (typeof DEFECT_CLASSES)[number];

export interface InspectionPlanConfig {
  lotSize: number;
  level: InspectionLevel;
  inspection?: InspectionSeverity;
  /** AQL per class; null means "none allowed" (Ac 0 Re 1 on the whole workmanship sample). */
  aql: Readonly<Record<DefectClass, number | null>>;
  /** ISO 2859-1 option: inspect the largest of the class sample sizes for every class. */
  useLargestSample?: boolean;
  /** Packing/cartons checked as their own attribute plan, often at a special level (e.g. S-2). */
  packing?: { level: InspectionLevel; aql: number } | null;
  /** Measurement sample: a level (sample size of its code letter) or a fixed count. */
  measurement?: { level: InspectionLevel } | { sampleSize: number } | null;
}

export interface ClassPlan extends SamplingPlan {
  aql: number | null;
  /** True for AQL null: any nonconformity of this class rejects the lot. */
  zeroTolerance: boolean;
  /** 'largest' when useLargestSample replaced the class's own sample size. */
  sampleSource: 'own' | 'largest' | 'workmanship';
}

export interface InspectionPlans {
  inspection: InspectionSeverity;
  codeLetter: string;
  /** Units pulled for the workmanship check; every class is counted on (at most) this sample. */
  workmanshipSampleSize: number;
  workmanship: Readonly<Record<DefectClass, ClassPlan>>;
  packing: SamplingPlan | null;
  measurement: { sampleSize: number } | null;
}

/**
 * All plans of one inspection from its configuration. Classes with an AQL get their own plan from
 * Tables 1/2; classes without one are zero-tolerance on the workmanship sample (the largest class
 * sample, or the code letter's sample when no class has an AQL).
 */
export function inspectionPlans(config: InspectionPlanConfig): InspectionPlans {
  const inspection = config.inspection ?? 'normal';
  const codeLetter = codeLetterFor(config.lotSize, config.level);
  const base = { lotSize: config.lotSize, level: config.level, inspection };

  const own = new Map<DefectClass, SamplingPlan>();
  for (const cls of DEFECT_CLASSES) {
    const aql = config.aql[cls];
    if (aql !== null && aql !== undefined) own.set(cls, samplingPlan({ ...base, aql }));
  }
  const ownPlans = [...own.values()];
  const letterSample = Math.min(MASTER_TABLES[inspection].sampleSize(codeLetter), config.lotSize);
  const largest = ownPlans.reduce<SamplingPlan | null>(
    (a, p) => (a && a.sampleSize >= p.sampleSize ? a : p),
    null,
  );
  const workmanshipSampleSize = largest?.sampleSize ?? letterSample;

  const workmanship = {} as Record<DefectClass, ClassPlan>;
  for (const cls of DEFECT_CLASSES) {
    const aql = config.aql[cls] ?? null;
    const plan = own.get(cls);
    if (!plan || aql === null) {
      workmanship[cls] = zeroTolerancePlan(codeLetter, workmanshipSampleSize, config.lotSize, largest);
    } else if (config.useLargestSample && largest && largest.sampleSize > plan.sampleSize) {
      workmanship[cls] = onLargestRow(plan, largest, aql, inspection, config.lotSize);
    } else {
      workmanship[cls] = { ...plan, aql, zeroTolerance: false, sampleSource: 'own' };
    }
  }

  const packing = config.packing ? samplingPlan({ ...base, ...config.packing }) : null;
  return {
    inspection,
    codeLetter,
    workmanshipSampleSize,
    workmanship,
    packing,
    measurement: measurementSample(config),
  };
}

function zeroTolerancePlan(
  codeLetter: string,
  sampleSize: number,
  lotSize: number,
  largest: SamplingPlan | null,
): ClassPlan {
  return {
    codeLetter,
    planCodeLetter: largest?.planCodeLetter ?? codeLetter,
    sampleSize,
    acceptNumber: 0,
    rejectNumber: 1,
    fullInspection: sampleSize >= lotSize,
    aql: null,
    zeroTolerance: true,
    sampleSource: 'workmanship',
  };
}

/**
 * useLargestSample: take Ac/Re from the row of the largest sample at this class's AQL. When that
 * row holds an arrow instead of a plan, keep the class's own Ac/Re (inspecting more units with the
 * same Ac is never more lenient) — a convention documented in docs/domain.md.
 */
function onLargestRow(
  plan: SamplingPlan,
  largest: SamplingPlan,
  aql: number,
  inspection: InspectionSeverity,
  lotSize: number,
): ClassPlan {
  const table = MASTER_TABLES[inspection];
  const cell = table.cell(largest.planCodeLetter as PlanLetter, validateAql(aql));
  const acRe =
    cell.kind === 'plan' ? { ac: cell.ac, re: cell.re } : { ac: plan.acceptNumber, re: plan.rejectNumber };
  return {
    codeLetter: plan.codeLetter,
    planCodeLetter: largest.planCodeLetter,
    sampleSize: largest.sampleSize,
    acceptNumber: acRe.ac,
    rejectNumber: acRe.re,
    fullInspection: largest.sampleSize >= lotSize,
    aql,
    zeroTolerance: false,
    sampleSource: 'largest',
  };
}

function measurementSample(config: InspectionPlanConfig): { sampleSize: number } | null {
  const m = config.measurement;
  if (!m) return null;
  if ('sampleSize' in m) {
    if (!Number.isSafeInteger(m.sampleSize) || m.sampleSize < 1) {
      throw new DomainError('invalid-config', 'Measurement sample size must be a positive integer', {
        sampleSize: m.sampleSize,
      });
    }
    return { sampleSize: Math.min(m.sampleSize, config.lotSize) };
  }
  const letter = codeLetterFor(config.lotSize, m.level);
  return { sampleSize: Math.min(MASTER_TABLES.normal.sampleSize(letter), config.lotSize) };
}

/**
 * The plan editor's form as plain strings, and its translation into an InspectionPatch. Pure:
 * every refusal is a message key, so nothing half-valid ever reaches the repository.
 */
import type { MessageKey, MessageParams } from '../../app/i18n';
import { planNeedsReason } from '../../db/repositories/inspections';
import type { InspectionLevel } from '../../shared/domain';
import type { AqlPreset, Inspection, InspectionPatch } from '../../shared/schema';

export interface PlanFormValues {
  lotSize: string;
  cartons: string;
  level: InspectionLevel;
  /** '' = no critical defect allowed (AQL null). */
  critical: string;
  major: string;
  minor: string;
  reason: string;
}

export interface FormProblem {
  field: keyof PlanFormValues;
  key: MessageKey;
  params?: MessageParams;
}

export const toFormValues = (inspection: Inspection): PlanFormValues => ({
  lotSize: String(inspection.lotSize),
  cartons: String(inspection.cartons),
  level: inspection.aql.level,
  critical: inspection.aql.critical === null ? '' : String(inspection.aql.critical),
  major: String(inspection.aql.major),
  minor: String(inspection.aql.minor),
  reason: inspection.planOverrideReason ?? '',
});

/** A whole number ≥ min, or the message saying why not (the input's text is what the user typed). */
const wholeNumber = (
  field: 'lotSize' | 'cartons',
  text: string,
  min: number,
  problems: FormProblem[],
): number | null => {
  if (text.trim() === '') return (problems.push({ field, key: 'form.required' }), null);
  const value = Number(text);
  if (!Number.isFinite(value) || !Number.isInteger(value))
    return (problems.push({ field, key: 'form.integer' }), null);
  if (value < min) return (problems.push({ field, key: 'form.min', params: { min } }), null);
  return value;
};

export const planFormToPatch = (
  values: PlanFormValues,
  current: Inspection,
  preset: AqlPreset | null,
): { patch: InspectionPatch | null; problems: FormProblem[] } => {
  const problems: FormProblem[] = [];
  const lotSize = wholeNumber('lotSize', values.lotSize, 2, problems);
  const cartons = wholeNumber('cartons', values.cartons, 0, problems);
  const aql: AqlPreset = {
    level: values.level,
    critical: values.critical === '' ? null : Number(values.critical),
    major: Number(values.major),
    minor: Number(values.minor),
  };
  const override = planNeedsReason(aql, preset);
  const reason = values.reason.trim();
  if (override && !reason) problems.push({ field: 'reason', key: 'plans.error.reason' });
  if (problems.length > 0 || lotSize === null || cartons === null) return { patch: null, problems };

  const patch: InspectionPatch = {};
  if (lotSize !== current.lotSize) patch.lotSize = lotSize;
  if (cartons !== current.cartons) patch.cartons = cartons;
  if (planNeedsReason(aql, current.aql)) patch.aql = aql;
  // Back on the preset, the old override reason no longer explains anything.
  const nextReason = override ? reason : null;
  if (nextReason !== current.planOverrideReason) patch.planOverrideReason = nextReason;
  return { patch: Object.keys(patch).length > 0 ? patch : null, problems };
};

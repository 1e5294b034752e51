/**
 * The detail sheet's fields as typed (strings) ⇄ a defect's fields. Pure, so the rule "a bad
 * quantity saves nothing" is tested without a browser; the repository validates again.
 */
import type { MessageKey } from '../../app/i18n';
import type { DefectChanges } from '../../db/repositories/defects';
import type { Defect, Severity } from '../../shared/schema';
import { isGarmentLocation } from './locations';

export interface DefectFormValues {
  quantity: string;
  severity: Severity;
  sampleNo: string;
  colour: string;
  size: string;
  carton: string;
  /** A code of GARMENT_LOCATIONS, or '' for none. */
  location: string;
  /** Free text, used when location is 'other'. */
  locationText: string;
  note: string;
}

export const formValuesOf = (defect: Defect): DefectFormValues => {
  const known = defect.location === null || isGarmentLocation(defect.location);
  return {
    quantity: String(defect.quantity),
    severity: defect.severity,
    sampleNo: defect.sampleNo === null ? '' : String(defect.sampleNo),
    colour: defect.colour ?? '',
    size: defect.size ?? '',
    carton: defect.carton === null ? '' : String(defect.carton),
    location: known ? (defect.location ?? '') : 'other',
    locationText: known ? '' : (defect.location ?? ''),
    note: defect.note ?? '',
  };
};

export type DefectFormResult = { ok: true; changes: DefectChanges } | { ok: false; error: MessageKey };

const WHOLE = /^\d+$/;

/** A positive whole number, null when empty, undefined when not valid. */
const positiveOrNull = (text: string, max: number): number | null | undefined => {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!WHOLE.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= 1 && value <= max ? value : undefined;
};

export const readDefectForm = (values: DefectFormValues): DefectFormResult => {
  // Quantity is required: "1.5", "0", "-2" or "" are all refused, never rounded or defaulted.
  const quantity = positiveOrNull(values.quantity, 10_000);
  if (quantity === null || quantity === undefined) return { ok: false, error: 'defects.error.quantity' };
  const sampleNo = positiveOrNull(values.sampleNo, 100_000);
  if (sampleNo === undefined) return { ok: false, error: 'defects.error.sampleNo' };
  const carton = positiveOrNull(values.carton, 1_000_000);
  if (carton === undefined) return { ok: false, error: 'defects.error.carton' };
  const text = values.locationText.trim();
  const location = values.location === 'other' && text ? text : values.location || null;
  if (location !== null && location.length > 80) return { ok: false, error: 'defects.error.location' };
  const note = values.note.trim() || null;
  if (note !== null && note.length > 2000) return { ok: false, error: 'defects.error.note' };
  return {
    ok: true,
    changes: {
      quantity,
      severity: values.severity,
      sampleNo,
      colour: values.colour || null,
      size: values.size || null,
      carton,
      location,
      note,
    },
  };
};

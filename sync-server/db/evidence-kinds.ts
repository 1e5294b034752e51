import type { ChecklistAnswer } from '../../src/shared/schema/checklist-answer';
import type { Defect } from '../../src/shared/schema/defect';
import type { Measurement } from '../../src/shared/schema/measurement';
import type { Rectification } from '../../src/shared/schema/rectification';
import type { Signature } from '../../src/shared/schema/signature';
import type { EvidenceKind } from './evidence';

/** Where each kind of evidence is stored and which of its fields are also columns. */
export const DEFECTS: EvidenceKind<Defect> = {
  entity: 'defect',
  table: 'defects',
  // Severity and quantity are columns so the office list can sum live defects in SQL.
  columns: (d) => ({
    created_at: d.createdAt,
    deleted_at: d.deletedAt,
    severity: d.severity,
    quantity: d.quantity,
  }),
};

export const MEASUREMENTS: EvidenceKind<Measurement> = {
  entity: 'measurement',
  table: 'measurements',
  columns: (m) => ({ created_at: m.createdAt, deleted_at: m.deletedAt }),
};

export const CHECKLIST_ANSWERS: EvidenceKind<ChecklistAnswer> = {
  entity: 'checklist_answer',
  table: 'checklist_answers',
  columns: (a) => ({ created_at: a.createdAt, deleted_at: a.deletedAt }),
};

export const RECTIFICATIONS: EvidenceKind<Rectification> = {
  entity: 'rectification',
  table: 'rectifications',
  columns: (r) => ({ created_at: r.createdAt, deleted_at: r.deletedAt }),
};

export const SIGNATURES: EvidenceKind<Signature> = {
  entity: 'signature',
  table: 'signatures',
  // A signature cannot be removed; re-signing adds a newer one, so it is never tombstoned.
  columns: (s) => ({ created_at: s.signedAt, deleted_at: null }),
};

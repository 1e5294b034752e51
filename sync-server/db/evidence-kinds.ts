import type { ChecklistAnswer } from '../../src/shared/schema/checklist-answer';
import type { Defect } from '../../src/shared/schema/defect';
import type { FabricDefect, FabricRoll } from '../../src/shared/schema/fabric-roll';
import type { Measurement } from '../../src/shared/schema/measurement';
import type { PackingCheck } from '../../src/shared/schema/packing-check';
import type { Photo } from '../../src/shared/schema/photo';
import type { Rectification } from '../../src/shared/schema/rectification';
import type { Signature } from '../../src/shared/schema/signature';
import type { EvidenceKind, EvidenceReference } from './evidence';

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

/**
 * Photo metadata (the bytes travel separately, addressed by `sha256`). A photo of a defect and
 * an annotated copy point at records that must belong to the same inspection. Checklist items
 * and cartons are codes and numbers, not records, so nothing is looked up for those targets.
 */
export const PHOTOS: EvidenceKind<Photo> = {
  entity: 'photo',
  table: 'photos',
  columns: (p) => ({ created_at: p.createdAt, deleted_at: p.deletedAt, sha256: p.sha256 }),
  references: (p) => {
    const refs: EvidenceReference[] = [];
    if (p.target.kind === 'defect') refs.push({ kind: DEFECTS, id: p.target.id });
    if (p.annotationOf !== null) refs.push({ kind: PHOTOS, id: p.annotationOf });
    return refs;
  },
};

export const PACKING_CHECKS: EvidenceKind<PackingCheck> = {
  entity: 'packing_check',
  table: 'packing_checks',
  // No remove: a corrected check is a newer one for the same (kind, cartonNo), so no tombstone.
  columns: (c) => ({ created_at: c.createdAt, deleted_at: null }),
};

export const FABRIC_ROLLS: EvidenceKind<FabricRoll> = {
  entity: 'fabric_roll',
  table: 'fabric_rolls',
  columns: (r) => ({ created_at: r.createdAt, deleted_at: r.deletedAt }),
};

export const FABRIC_DEFECTS: EvidenceKind<FabricDefect> = {
  entity: 'fabric_defect',
  table: 'fabric_defects',
  columns: (d) => ({ created_at: d.createdAt, deleted_at: d.deletedAt, roll_id: d.rollId }),
  references: (d) => [{ kind: FABRIC_ROLLS, id: d.rollId }],
};

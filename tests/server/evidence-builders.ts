import { randomBytes, randomUUID } from 'node:crypto';
import { encodeHlc } from '../../src/shared/hlc';
import type { ChecklistAnswer } from '../../src/shared/schema/checklist-answer';
import type { FabricDefect, FabricRoll } from '../../src/shared/schema/fabric-roll';
import type { InspectionPatch } from '../../src/shared/schema/inspection';
import type { Measurement } from '../../src/shared/schema/measurement';
import type { PackingCheck } from '../../src/shared/schema/packing-check';
import type { Photo } from '../../src/shared/schema/photo';
import type { Rectification } from '../../src/shared/schema/rectification';
import type { Signature } from '../../src/shared/schema/signature';
import type { MutationName } from '../../src/shared/sync-protocol';
import type { MutationInput } from './http';

/** Builders for the header edits and the evidence beyond defects; every default is schema-valid. */
export function measurementFor(inspectionId: string, overrides: Partial<Measurement> = {}): Measurement {
  return {
    id: randomUUID(),
    inspectionId,
    sampleNo: 1,
    size: 'M',
    pomCode: 'A02',
    value: 56.5,
    createdAt: '2026-11-22T08:10:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}

export function answerFor(inspectionId: string, overrides: Partial<ChecklistAnswer> = {}): ChecklistAnswer {
  return {
    id: randomUUID(),
    inspectionId,
    itemCode: 'APC-002',
    answer: 'pass',
    comment: null,
    createdAt: '2026-11-22T08:20:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}

export function rectificationFor(
  inspectionId: string,
  overrides: Partial<Rectification> = {},
): Rectification {
  return {
    id: randomUUID(),
    inspectionId,
    text: 'Re-press all collars before packing',
    owner: 'QA lead, line 3',
    dueDate: '2026-11-25',
    createdAt: '2026-11-22T10:00:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}

export function signatureFor(inspectionId: string, overrides: Partial<Signature> = {}): Signature {
  return {
    id: randomUUID(),
    inspectionId,
    role: 'factory',
    name: 'Wang Li',
    path: 'M10 10 L40 30 Q60 5 90 30',
    width: 300,
    height: 120,
    signedAt: '2026-11-22T11:00:00.000Z',
    ...overrides,
  };
}

/** Photo metadata with a fresh random hash, so two photos never share bytes unless told to. */
export function photoFor(inspectionId: string, overrides: Partial<Photo> = {}): Photo {
  return {
    id: randomUUID(),
    inspectionId,
    target: { kind: 'inspection' },
    sha256: randomBytes(32).toString('hex'),
    bytes: 245_760,
    mime: 'image/jpeg',
    width: 1600,
    height: 1200,
    annotationOf: null,
    createdAt: '2026-11-22T08:30:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}

export function packingCheckFor(inspectionId: string, overrides: Partial<PackingCheck> = {}): PackingCheck {
  return {
    id: randomUUID(),
    inspectionId,
    kind: 'pieces_per_carton',
    cartonNo: 17,
    result: 'fail',
    expected: '24 pcs',
    actual: '22 pcs',
    note: null,
    createdAt: '2026-11-22T08:45:00.000Z',
    ...overrides,
  };
}

export function fabricRollFor(inspectionId: string, overrides: Partial<FabricRoll> = {}): FabricRoll {
  return {
    id: randomUUID(),
    inspectionId,
    rollNo: 'R-014',
    length: 112.5,
    lengthUnit: 'yd',
    cuttableWidth: 57,
    widthUnit: 'in',
    createdAt: '2026-11-22T08:15:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}

export function fabricDefectFor(
  roll: { id: string; inspectionId: string },
  overrides: Partial<FabricDefect> = {},
): FabricDefect {
  return {
    id: randomUUID(),
    inspectionId: roll.inspectionId,
    rollId: roll.id,
    kind: 'defect',
    size: 4,
    unit: 'in',
    atYard: 36.5,
    fullWidth: false,
    code: 'SLUB',
    createdAt: '2026-11-22T08:20:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}

/** A device's HLC at a wall time; same wall time on two nodes orders by counter, then node. */
export const hlcAt = (isoTime: string, node: string, counter = 0): string =>
  encodeHlc({ wall: Date.parse(isoTime), counter, node });

export const mutation = (seq: number, name: MutationName, args: unknown): MutationInput => ({
  seq,
  name,
  args,
});

export const update = (seq: number, id: string, patch: InspectionPatch, hlc: string): MutationInput =>
  mutation(seq, 'inspection.update', { id, patch, hlc });

export const submit = (
  seq: number,
  id: string,
  hlc: string,
  submittedAt = '2026-11-22T12:00:00.000Z',
): MutationInput => mutation(seq, 'inspection.submit', { id, submittedAt, hlc });

/** The remove mutation of a removable record: `measurement.remove`, `rectification.remove`, … */
export const removeOf = (
  seq: number,
  name: Extract<MutationName, `${string}.remove`>,
  record: { id: string; inspectionId: string },
  deletedAt = '2026-11-22T09:30:00.000Z',
): MutationInput => mutation(seq, name, { id: record.id, inspectionId: record.inspectionId, deletedAt });

import { z } from 'zod';
import { Bilingual, Id, Severity } from './common';

/**
 * A coded, bilingual defect library. Office-owned and versioned: a new version is a new
 * record (same libraryId, version + 1); an inspection pins the version it started with.
 */
export const DefectGroupCode = z.enum([
  'fabric',
  'appearance',
  'workmanship',
  'buttons',
  'interlining',
  'zipper',
  'eyelets_hooks',
  'belt',
  'labels',
  'stitching',
  'packing',
  'accessories',
  'construction',
]);
export type DefectGroupCode = z.infer<typeof DefectGroupCode>;

export const DefectGroup = z.object({ code: DefectGroupCode, name: Bilingual });
export type DefectGroup = z.infer<typeof DefectGroup>;

export const DefectType = z.object({
  /** Stable code, e.g. `FAB-001`; never reused for another meaning. */
  code: z.string().regex(/^[A-Z]{2,4}-\d{3}$/),
  group: DefectGroupCode,
  name: Bilingual,
  /** Typical cause, where the source names one (seed 000 §10.1). */
  cause: Bilingual.optional(),
  defaultSeverity: Severity,
});
export type DefectType = z.infer<typeof DefectType>;

export const DefectLibrary = z.object({
  id: Id,
  libraryId: z.string().min(1),
  version: z.number().int().positive(),
  name: Bilingual,
  groups: z.array(DefectGroup).min(1),
  defects: z.array(DefectType).min(1),
});
export type DefectLibrary = z.infer<typeof DefectLibrary>;

import { z } from 'zod';
import { Bilingual, Id } from './common';

export const MeasureUnit = z.enum(['cm', 'inch']);
export type MeasureUnit = z.infer<typeof MeasureUnit>;

/** One point of measure: target per size and an asymmetric tolerance in the sheet's unit. */
export const PointOfMeasure = z.object({
  code: z.string().min(1).max(16),
  name: Bilingual,
  critical: z.boolean(),
  tolMinus: z.number().nonnegative(),
  tolPlus: z.number().nonnegative(),
  targets: z.record(z.string(), z.number().positive()),
});
export type PointOfMeasure = z.infer<typeof PointOfMeasure>;

/** Versioned and immutable once published: an edit is a new record with version + 1. */
export const SpecSheet = z.object({
  id: Id,
  styleCode: z.string().min(1),
  version: z.number().int().positive(),
  unit: MeasureUnit,
  sizes: z.array(z.string().min(1)).min(1),
  points: z.array(PointOfMeasure).min(1),
});
export type SpecSheet = z.infer<typeof SpecSheet>;

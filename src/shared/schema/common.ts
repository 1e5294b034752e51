import { z } from 'zod';

/** Client-generated UUID (v7 preferred, any RFC 4122 accepted): the idempotency key of every record. */
export const Id = z.string().uuid();
export type Id = z.infer<typeof Id>;

/** Text in both product languages; every user-facing catalogue entry carries both. */
export const Bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof Bilingual>;

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'yyyy-mm-dd');
export const IsoDateTime = z.string().datetime({ offset: true });

export const Severity = z.enum(['critical', 'major', 'minor']);
export type Severity = z.infer<typeof Severity>;

/** Inspection stages (PRODUCT.md); `fabric` is the 4-point inspection of fabric rolls before cutting. */
export const Stage = z.enum([
  'fabric',
  'pre_production',
  'initial',
  'inline',
  'final',
  'container_loading',
  're_inspection',
]);
export type Stage = z.infer<typeof Stage>;

export const InspectionLevel = z.enum(['S-1', 'S-2', 'S-3', 'S-4', 'I', 'II', 'III']);
export type InspectionLevel = z.infer<typeof InspectionLevel>;

import { z } from 'zod';
import { Bilingual, Id } from './common';

export const ChecklistGroupCode = z.enum(['appearance', 'functional', 'packing', 'labelling']);

export const ChecklistItem = z.object({
  code: z.string().regex(/^[A-Z]{2,4}-\d{3}$/),
  group: ChecklistGroupCode,
  text: Bilingual,
  /** Items that need evidence cannot be answered "pass" without a photo. */
  requiresPhoto: z.boolean(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

/** Office-owned, versioned like the defect library; an inspection pins its version. */
export const Checklist = z.object({
  id: Id,
  checklistId: z.string().min(1),
  version: z.number().int().positive(),
  name: Bilingual,
  items: z.array(ChecklistItem).min(1),
});
export type Checklist = z.infer<typeof Checklist>;

import { z } from 'zod';
import { Bilingual, Id } from './common';

export const Factory = z.object({
  id: Id,
  code: z.string().min(1).max(32),
  name: Bilingual,
  city: z.string().max(80).optional(),
});
export type Factory = z.infer<typeof Factory>;

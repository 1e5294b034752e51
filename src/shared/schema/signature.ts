import { z } from 'zod';
import { Id, IsoDateTime } from './common';

export const SignerRole = z.enum(['inspector', 'factory']);
export type SignerRole = z.infer<typeof SignerRole>;

/**
 * A signature drawn on screen, kept as an SVG path in a width × height box: a few KB, no
 * binary upload needed, and it prints sharply in the report.
 */
export const Signature = z.object({
  id: Id,
  inspectionId: Id,
  role: SignerRole,
  name: z.string().trim().min(1).max(80),
  path: z
    .string()
    .min(1)
    .max(60_000)
    .regex(/^[MLQCZmlqcz0-9 .,-]+$/, 'svg path commands only'),
  width: z.number().int().positive().max(4000),
  height: z.number().int().positive().max(4000),
  signedAt: IsoDateTime,
});
export type Signature = z.infer<typeof Signature>;

import { z } from 'zod';
import { Id, IsoDateTime } from './common';

/** A fabric roll under 4-point inspection: inspected length and cuttable width (ASTM D5430). */
export const FabricRoll = z.object({
  id: Id,
  inspectionId: Id,
  rollNo: z.string().trim().min(1).max(40),
  length: z.number().positive().max(100_000),
  lengthUnit: z.enum(['yd', 'm']),
  cuttableWidth: z.number().positive().max(1_000),
  widthUnit: z.enum(['in', 'cm']),
  createdAt: IsoDateTime,
  deletedAt: IsoDateTime.nullable(),
});
export type FabricRoll = z.infer<typeof FabricRoll>;

/** One defect found on a roll: its length (or a hole's size) decides its points. */
export const FabricDefect = z.object({
  id: Id,
  inspectionId: Id,
  rollId: Id,
  kind: z.enum(['defect', 'hole']),
  size: z.number().positive().max(10_000),
  unit: z.enum(['in', 'cm']),
  atYard: z.number().nonnegative().max(100_000),
  fullWidth: z.boolean(),
  code: z.string().max(16).nullable(),
  createdAt: IsoDateTime,
  deletedAt: IsoDateTime.nullable(),
});
export type FabricDefect = z.infer<typeof FabricDefect>;

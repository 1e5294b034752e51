import { z } from 'zod';
import { Bilingual, Id, InspectionLevel, IsoDate, Stage } from './common';

/** AQL per defect class; `critical: null` means "no critical defect allowed" (Ac 0). */
export const AqlPreset = z.object({
  level: InspectionLevel,
  critical: z.number().positive().nullable(),
  major: z.number().positive(),
  minor: z.number().positive(),
});
export type AqlPreset = z.infer<typeof AqlPreset>;

export const OrderLine = z.object({
  colour: z.string().min(1),
  size: z.string().min(1),
  quantity: z.number().int().nonnegative(),
});

export const OrderStatus = z.enum(['open', 'shipped', 'cancelled']);

/** Office-owned; `version` increases on every edit so phones can tell a stale base. */
export const Order = z.object({
  id: Id,
  po: z.string().min(1).max(40),
  customer: z.string().min(1).max(80),
  factoryId: Id,
  merchandiserId: Id.nullable(),
  styleCode: z.string().min(1).max(40),
  styleName: Bilingual,
  colours: z.array(z.object({ code: z.string().min(1), name: Bilingual })).min(1),
  sizes: z.array(z.string().min(1)).min(1),
  lines: z.array(OrderLine).min(1),
  exFactoryDate: IsoDate,
  currentStage: Stage,
  aqlPreset: AqlPreset,
  specSheetId: Id,
  checklistId: Id,
  defectLibraryId: Id,
  status: OrderStatus,
  version: z.number().int().positive(),
});
export type Order = z.infer<typeof Order>;

export const orderQuantity = (order: Pick<Order, 'lines'>): number =>
  order.lines.reduce((sum, line) => sum + line.quantity, 0);

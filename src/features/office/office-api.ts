/**
 * Response shapes of the office endpoints. The queue, decision, audit and assignment bodies come
 * from the shared contract (src/shared/office-api.ts); the detail and order record are declared
 * here from the shared record schemas. The client parses what it receives rather than trusting it.
 * Evidence arrays default to empty so an older server (fewer fields) still renders.
 */
import { z } from 'zod';
import { AuditResponse, ComputedResult, InspectionFlag, QueueItem } from '../../shared/office-api';
import {
  Assignment,
  Checklist,
  ChecklistAnswer,
  Decision,
  Defect,
  FabricDefect,
  FabricRoll,
  Factory,
  Id,
  Inspection,
  Measurement,
  Order,
  PackingCheck,
  Photo,
  Rectification,
  Role,
  Signature,
  SpecSheet,
} from '../../shared/schema';

export { AuditResponse, QueueResponse, type QueueItem } from '../../shared/office-api';

const InspectorSummary = z.object({ id: Id, displayName: z.string() });

export const OfficeDetailResponse = z.object({
  inspection: Inspection,
  order: Order,
  factory: Factory,
  inspector: InspectorSummary,
  defects: z.array(Defect),
  measurements: z.array(Measurement).default([]),
  checklistAnswers: z.array(ChecklistAnswer).default([]),
  rectifications: z.array(Rectification).default([]),
  signatures: z.array(Signature).default([]),
  photos: z.array(Photo).default([]),
  packingChecks: z.array(PackingCheck).default([]),
  fabricRolls: z.array(FabricRoll).default([]),
  fabricDefects: z.array(FabricDefect).default([]),
  photoPresence: z.record(z.string(), z.boolean()).default({}),
  computedResult: ComputedResult.optional(),
  latestDecision: Decision.nullable().default(null),
  decisions: z.array(Decision).default([]),
  flags: z.array(InspectionFlag).default([]),
});
export type OfficeDetailResponse = z.infer<typeof OfficeDetailResponse>;

export const OrderRecordResponse = z.object({
  order: Order,
  factory: Factory,
  specSheet: SpecSheet.nullable(),
  checklist: Checklist.nullable(),
  inspections: z.array(QueueItem),
  openRectifications: z.array(Rectification),
});
export type OrderRecordResponse = z.infer<typeof OrderRecordResponse>;

/** The contract names neither list's key; both `items` and the plural noun are accepted. */
const listUnder = <T extends z.ZodType>(key: string, item: T) =>
  z
    .union([z.object({ items: z.array(item) }), z.object({ [key]: z.array(item) })])
    .transform((body) =>
      'items' in body ? body.items : ((body as Record<string, z.infer<T>[]>)[key] ?? []),
    );

export const AssignmentsResponse = listUnder('assignments', Assignment);
export const AssignmentCreated = z.object({ assignment: Assignment });
export const DecisionCreated = z.object({ decision: Decision });

export const UsersResponse = listUnder(
  'users',
  z.object({ id: Id, displayName: z.string(), role: Role.optional() }),
);
export type AuditEntry = z.infer<typeof AuditResponse>['entries'][number];

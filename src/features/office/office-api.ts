/**
 * Response shapes of the office endpoints (docs/contract-notes.md). They are not in
 * src/shared/api.ts yet, so they are declared here from the shared record schemas; the
 * client parses what it receives rather than trusting it.
 */
import { z } from 'zod';
import { Bilingual, Defect, Factory, Id, Inspection, Order } from '../../shared/schema';

const Counts = z.object({ critical: z.number(), major: z.number(), minor: z.number(), total: z.number() });
const InspectorSummary = z.object({ id: Id, displayName: z.string() });

export const OfficeListResponse = z.object({
  items: z.array(
    z.object({
      inspection: Inspection,
      order: z.object({
        id: Id,
        po: z.string(),
        customer: z.string(),
        styleCode: z.string(),
        styleName: Bilingual,
      }),
      factory: z.object({ id: Id, code: z.string(), name: Bilingual }),
      inspector: InspectorSummary,
      defectCounts: Counts,
    }),
  ),
});
export type OfficeListResponse = z.infer<typeof OfficeListResponse>;
export type OfficeListItem = OfficeListResponse['items'][number];

export const OfficeDetailResponse = z.object({
  inspection: Inspection,
  order: Order,
  factory: Factory,
  inspector: InspectorSummary,
  defects: z.array(Defect),
});
export type OfficeDetailResponse = z.infer<typeof OfficeDetailResponse>;

import type { Kysely } from 'kysely';
import type { DeviceReport } from '../../src/shared/sync-protocol';
import type { Schema } from './schema';
import type { Tx } from './write-transaction';

/** Migration 0006. Declared here with `withTables` so the shared Schema stays untouched. */
export interface DeviceReportTable {
  client_id: string;
  user_id: string;
  last_sync_at: string;
  pending_mutations: number;
  pending_photos: number;
  /** bigint: PostgreSQL hands it back as a string. */
  pending_photo_bytes: number | string;
  oldest_pending_at: string | null;
  app_version: string;
  user_agent: string | null;
}

type WithReports = { device_reports: DeviceReportTable };

/** Replaces the client's last report; called inside the push (or report) transaction. */
export async function saveDeviceReport(
  trx: Tx,
  row: { clientId: string; userId: string; nowIso: string; report: DeviceReport },
): Promise<void> {
  const { report } = row;
  const values = {
    user_id: row.userId,
    last_sync_at: row.nowIso,
    pending_mutations: report.pendingMutations,
    pending_photos: report.pendingPhotos,
    pending_photo_bytes: report.pendingPhotoBytes,
    oldest_pending_at: report.oldestPendingAt,
    app_version: report.appVersion,
    user_agent: report.userAgent ?? null,
  };
  await trx
    .withTables<WithReports>()
    .insertInto('device_reports')
    .values({ client_id: row.clientId, ...values })
    .onConflict((oc) => oc.column('client_id').doUpdateSet(values))
    .execute();
}

/** Every reported client with its user's record (JSON `data`), unsorted. */
export const listDeviceReports = (db: Kysely<Schema>) =>
  db
    .withTables<WithReports>()
    .selectFrom('device_reports as d')
    .innerJoin('users as u', 'u.id', 'd.user_id')
    .selectAll('d')
    .select('u.data as user_data')
    .execute();

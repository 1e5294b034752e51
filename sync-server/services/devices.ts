import type { User } from '../../src/shared/schema/user';
import { ReportRequest } from '../../src/shared/sync-protocol';
import { listDeviceReports, saveDeviceReport } from '../db/devices';
import type { Database } from '../db/open';
import { writeTransaction } from '../db/write-transaction';
import { claimClient } from './push';
import { requireRole } from './roles';

/**
 * "What is still on the phones" (docs/sync-protocol.md "Device report"). A phone sends its report
 * with every push, and alone here after a round with nothing to push, so the office also sees
 * the phones that are empty. Same ownership rule as push: a client belongs to its first user.
 */
export async function saveReport(database: Database, user: User, body: unknown, now: Date): Promise<void> {
  // A ZodError becomes 400 invalid-request in problems.ts, like every other schema mismatch.
  const { clientId, device } = ReportRequest.parse(body);
  const nowIso = now.toISOString();
  await writeTransaction(database, async (trx) => {
    await claimClient(trx, clientId, user, nowIso);
    await saveDeviceReport(trx, { clientId, userId: user.id, nowIso, report: device });
  });
}

export interface DeviceRow {
  clientId: string;
  user: Pick<User, 'id' | 'displayName' | 'role'>;
  lastSyncAt: string;
  pendingMutations: number;
  pendingPhotos: number;
  pendingPhotoBytes: number;
  oldestPendingAt: string | null;
  appVersion: string;
}

/** Most waiting first: unsent taps, then photos, then bytes; among equals the longest waiting. */
const byMostWaiting = (a: DeviceRow, b: DeviceRow): number =>
  b.pendingMutations - a.pendingMutations ||
  b.pendingPhotos - a.pendingPhotos ||
  b.pendingPhotoBytes - a.pendingPhotoBytes ||
  (a.oldestPendingAt ?? '~').localeCompare(b.oldestPendingAt ?? '~') ||
  a.lastSyncAt.localeCompare(b.lastSyncAt);

export async function listDevices(database: Database, user: User): Promise<{ devices: DeviceRow[] }> {
  requireRole(user, 'office', 'admin');
  const rows = await listDeviceReports(database.db);
  const devices = rows.map((row): DeviceRow => {
    const owner = JSON.parse(row.user_data) as User;
    return {
      clientId: row.client_id,
      user: { id: owner.id, displayName: owner.displayName, role: owner.role },
      lastSyncAt: row.last_sync_at,
      pendingMutations: Number(row.pending_mutations),
      pendingPhotos: Number(row.pending_photos),
      pendingPhotoBytes: Number(row.pending_photo_bytes),
      oldestPendingAt: row.oldest_pending_at,
      appVersion: row.app_version,
    };
  });
  return { devices: devices.sort(byMostWaiting) };
}

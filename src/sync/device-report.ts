/**
 * The device report (docs/sync-protocol.md "Device report"): what is waiting on this phone, so
 * the office can see what is still on the phones. Read from the outbox and the photo bytes
 * without loading any bytes; counted before a push, i.e. what was waiting when it synced.
 */
import type { QcDb } from '../db/db';
import type { DeviceReport } from '../shared/sync-protocol';
import type { Api } from './http';
import { readPhotoProgress } from './photo-queue';

/** Who is reporting: fixed for the life of the app, supplied by the composition root. */
export interface DeviceInfo {
  appVersion: string;
  userAgent?: string;
}

const MAX_USER_AGENT = 200;

export const readDeviceReport = async (db: QcDb, info: DeviceInfo): Promise<DeviceReport> => {
  const [pendingMutations, first, photos] = await Promise.all([
    db.outbox.count(),
    // seq order is capture order; the first entry is the one that has waited longest.
    db.outbox.orderBy('seq').first(),
    readPhotoProgress(db, new Map()),
  ]);
  const report: DeviceReport = {
    pendingMutations,
    pendingPhotos: photos.pending,
    pendingPhotoBytes: photos.pendingBytes,
    oldestPendingAt: first?.createdAt ?? null,
    appVersion: info.appVersion,
  };
  if (info.userAgent) report.userAgent = info.userAgent.slice(0, MAX_USER_AGENT);
  return report;
};

/**
 * Report-only call after a round with nothing to push, so the office also sees "0 waiting".
 * Best effort: a report is telemetry, and an older server without the endpoint (404) or a
 * dropped connection must never turn a good sync round into an error.
 */
export const sendDeviceReport = async (
  api: Api,
  clientId: string,
  device: DeviceReport,
  log: (message: string) => void,
): Promise<void> => {
  try {
    await api.post('/api/sync/report', { clientId, device });
  } catch (error) {
    log(`report: ${String(error)}`);
  }
};

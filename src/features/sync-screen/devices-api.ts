/** The office's "what is still on the phones" list (GET /api/office/devices), validated on arrival. */
import { z } from 'zod';
import { InvalidResponseError, type Api } from '../../sync/http';

export const DeviceRow = z.object({
  clientId: z.string(),
  user: z.object({ id: z.string(), displayName: z.string(), role: z.string() }),
  lastSyncAt: z.string(),
  pendingMutations: z.number(),
  pendingPhotos: z.number(),
  pendingPhotoBytes: z.number(),
  oldestPendingAt: z.string().nullable(),
  appVersion: z.string(),
});
export type DeviceRow = z.infer<typeof DeviceRow>;

export const fetchDevices = async (api: Api): Promise<DeviceRow[]> => {
  const parsed = z.object({ devices: z.array(DeviceRow) }).safeParse(await api.get('/api/office/devices'));
  if (!parsed.success) throw new InvalidResponseError('devices response does not match');
  return parsed.data.devices;
};

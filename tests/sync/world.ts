import { createDevice, type Device, type DeviceOptions } from './device';
import { checkInvariants, quiesce } from './invariants';
import { startSyncServer, type DbKind, type SyncServer, type Template } from './server';

/** One server and the phones talking to it, torn down together. */
export interface World {
  server: SyncServer;
  devices: Device[];
  /** A phone signed in as `username` that has pulled its scope once. */
  phone(options?: DeviceOptions & { username?: string }): Promise<Device>;
  /** quiesce + I1–I4 over every phone of this world. */
  settleAndCheck(): Promise<void>;
  close(): Promise<void>;
}

export async function openWorld(kind: DbKind, template?: Template): Promise<World> {
  const server = await startSyncServer(kind, template);
  const devices: Device[] = [];
  return {
    server,
    devices,
    async phone(options = {}) {
      const device = createDevice(server.app, { name: `phone${devices.length + 1}`, ...options });
      devices.push(device);
      const username = options.username ?? 'inspector';
      await device.login(username, template?.cookies[username]);
      const first = await device.sync();
      if (!first.ok) throw new Error(`first sync of ${device.name} failed: ${first.status.lastError}`);
      return device;
    },
    async settleAndCheck() {
      await quiesce(devices);
      await checkInvariants(server, devices);
    },
    async close() {
      for (const device of devices) await device.close();
      await server.close();
    },
  };
}

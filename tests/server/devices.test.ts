import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type DeviceReport } from '../../src/shared/sync-protocol';
import { inspectionFor, seededOrder, start } from './builders';
import { createHarness, DB_KINDS, type Harness } from './harness';
import { getJson, loginCookie, push, pushRaw } from './http';

const report = (overrides: Partial<DeviceReport> = {}): DeviceReport => ({
  pendingMutations: 3,
  pendingPhotos: 2,
  pendingPhotoBytes: 3_000_000_000,
  oldestPendingAt: '2026-11-20T08:00:00.000Z',
  appVersion: '0.1.0',
  userAgent: 'test-phone',
  ...overrides,
});

describe.each(DB_KINDS)('device reports on %s', (kind) => {
  let h: Harness;
  let inspector: string;
  let merch: string;
  let office: string;
  beforeAll(async () => {
    h = await createHarness(kind, { now: () => new Date('2026-11-22T10:00:00.000Z') });
    inspector = await loginCookie(h.app, 'inspector');
    merch = await loginCookie(h.app, 'merch');
    office = await loginCookie(h.app, 'office');
  });
  afterAll(() => h.close());

  const sendReport = (cookie: string, clientId: string, device: unknown) =>
    h.app.inject({
      method: 'POST',
      url: '/api/sync/report',
      headers: { cookie },
      payload: { clientId, device },
    });
  const devices = async () =>
    (await getJson(h.app, office, '/api/office/devices')).body.devices as {
      clientId: string;
    }[];
  const deviceOf = async (clientId: string) => (await devices()).find((d) => d.clientId === clientId);

  it('stores the report sent with a push, with its user and sync time', async () => {
    const clientId = randomUUID();
    const res = await pushRaw(h.app, inspector, {
      protocolVersion: PROTOCOL_VERSION,
      clientId,
      mutations: [start(1, inspectionFor(seededOrder('shirt')))],
      device: report(),
    });
    expect(res.statusCode).toBe(200);
    expect(await deviceOf(clientId)).toEqual({
      clientId,
      user: { id: expect.any(String), displayName: expect.any(String), role: 'inspector' },
      lastSyncAt: '2026-11-22T10:00:00.000Z',
      pendingMutations: 3,
      pendingPhotos: 2,
      pendingPhotoBytes: 3_000_000_000,
      oldestPendingAt: '2026-11-20T08:00:00.000Z',
      appVersion: '0.1.0',
    });
  });

  it('stores a report-only call and overwrites the previous report', async () => {
    const clientId = randomUUID();
    expect((await sendReport(inspector, clientId, report())).statusCode).toBe(204);
    const empty = report({
      pendingMutations: 0,
      pendingPhotos: 0,
      pendingPhotoBytes: 0,
      oldestPendingAt: null,
    });
    expect((await sendReport(inspector, clientId, empty)).statusCode).toBe(204);
    expect(await deviceOf(clientId)).toMatchObject({
      pendingMutations: 0,
      pendingPhotos: 0,
      oldestPendingAt: null,
    });
  });

  it('lists the devices with the most waiting first', async () => {
    const busy = randomUUID();
    await sendReport(merch, busy, report({ pendingMutations: 9_999 }));
    const list = await devices();
    expect(list[0]?.clientId).toBe(busy);
  });

  it('refuses a report for a client owned by another user (403) and keeps the old one', async () => {
    const clientId = randomUUID();
    await sendReport(inspector, clientId, report({ pendingMutations: 1 }));
    const res = await sendReport(merch, clientId, report({ pendingMutations: 7 }));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('client-owned-by-other-user');
    expect(await deviceOf(clientId)).toMatchObject({ pendingMutations: 1 });
  });

  it('rejects a malformed report-only call with 400', async () => {
    const res = await sendReport(inspector, randomUUID(), report({ pendingMutations: -1 }));
    expect(res.statusCode).toBe(400);
  });

  it('does not let an inspector read the device list (403)', async () => {
    expect((await getJson(h.app, inspector, '/api/office/devices')).status).toBe(403);
    expect((await getJson(h.app, office, '/api/office/devices')).status).toBe(200);
  });

  it('still accepts an older push without a device report, and one with a malformed report', async () => {
    const clientId = randomUUID();
    const res = await push(h.app, inspector, clientId, [start(1, inspectionFor(seededOrder('tee')))]);
    expect(res.body.results).toEqual([{ seq: 1, status: 'applied' }]);
    expect(await deviceOf(clientId)).toBeUndefined();
    const other = await pushRaw(h.app, inspector, {
      protocolVersion: PROTOCOL_VERSION,
      clientId: randomUUID(),
      mutations: [start(1, inspectionFor(seededOrder('tee')))],
      device: { pendingMutations: 'lots' },
    });
    expect(other.statusCode).toBe(200);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FetchFn } from '../../src/sync/http';
import { buildApp } from '../../sync-server/app';
import { fsPhotoStorage } from '../../sync-server/blobs/photo-storage';
import { openDatabase } from '../../sync-server/db/open';
import { startServer, type ServerProcess } from '../support/server-process';
import { defect, start } from './actions';
import { createDevice, type Device } from './device';
import { checkInvariants } from './invariants';
import { START, type SyncServer } from './server';

/**
 * SYNC.md failure 1: the real server as a child process on SQLite, SIGKILLed while a phone
 * pushes a large outbox over real HTTP, restarted on the same DATA_DIR; then the invariants,
 * checked by opening that data directory in this process.
 */
let child: ServerProcess | null = null;
let dataDir = '';
let phone: Device | null = null;
afterEach(async () => {
  await child?.stop('SIGKILL');
  await phone?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  dataDir = '';
});

/** Real fetch to whichever server process is current, carrying the cookie like a browser. */
const target = {
  url: '',
  onPushStart: null as null | (() => void),
  onPushHeaders: null as null | (() => Promise<void>),
};
const httpTransport =
  (jar: { cookie: string | null }): FetchFn =>
  async (input, init) => {
    const headers = new Headers(init?.headers);
    if (jar.cookie) headers.set('cookie', jar.cookie);
    if (input.startsWith('/api/sync/push')) target.onPushStart?.();
    const res = await fetch(target.url + input, { ...init, headers });
    const set = res.headers.getSetCookie().find((c) => c.startsWith('qc_session='));
    if (set) jar.cookie = set.split(';')[0] ?? null;
    if (input.startsWith('/api/sync/push') && target.onPushHeaders) await target.onPushHeaders();
    return res;
  };

const boot = async () => {
  // Our own DATA_DIR: startServer deletes a directory it made itself when the child stops.
  child = await startServer({ DATA_DIR: dataDir, DATABASE_URL: '' });
  target.url = child.url;
};
const kill = async () => {
  const dying = child;
  child = null;
  await dying?.stop('SIGKILL');
};

async function openDataDir(): Promise<SyncServer> {
  const database = openDatabase({ kind: 'sqlite', file: `${dataDir}/qc.sqlite` });
  const app = await buildApp({ db: database, photoStorage: fsPhotoStorage(dataDir) });
  return {
    kind: 'sqlite',
    app,
    database,
    clock: { t: START },
    addInspector: () => Promise.reject(new Error('not here')),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

async function shift(count: number): Promise<Device> {
  dataDir = mkdtempSync(join(tmpdir(), 'qc-sync-kill-'));
  await boot();
  const device = createDevice(null, {
    name: 'killed',
    transport: httpTransport,
    batchSize: 50,
    t: Date.now(),
  });
  phone = device;
  await device.login('inspector');
  expect((await device.sync()).ok).toBe(true);
  const inspection = await start(device);
  for (let i = 0; i < count; i++) await defect(device, inspection.id);
  return device;
}

async function restartAndCheck(device: Device): Promise<void> {
  target.onPushHeaders = null;
  target.onPushStart = null;
  await boot();
  await device.login('inspector');
  await device.settle();
  await kill();
  const server = await openDataDir();
  try {
    await checkInvariants(server, [device]);
  } finally {
    await server.close();
  }
}

describe('the server killed mid-push (SQLite, child process)', () => {
  it('a SIGKILL at a random moment of a large push loses and duplicates nothing after restart (failure 1)', async () => {
    const device = await shift(400);
    // While the n-th of 9 pushes is on its way, 0–15 ms in: before, during or after its commit.
    const n = 1 + Math.floor(Math.random() * 5);
    const delay = Math.floor(Math.random() * 16);
    let pushes = 0;
    let killed: Promise<void> = Promise.resolve();
    target.onPushStart = () => {
      if (++pushes === n) killed = new Promise((r) => setTimeout(r, delay)).then(kill);
    };
    const report = await device.sync();
    await killed;
    expect(report.ok).toBe(false);
    expect(await device.db.outbox.count()).toBeGreaterThan(0);
    await restartAndCheck(device);
  });

  it('a SIGKILL right after a push committed, before the phone read the answer, is a harmless retry (failure 1)', async () => {
    const device = await shift(120);
    target.onPushHeaders = async () => {
      target.onPushHeaders = null;
      await kill();
      throw new TypeError('connection reset');
    };
    expect((await device.sync()).ok).toBe(false);
    expect(await device.db.outbox.count()).toBe(121);
    await restartAndCheck(device);
  });
});

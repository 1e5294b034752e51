import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { openQcDb, type OutboxEntry, type QcDb } from '../../src/db/db';
import { getClientId } from '../../src/db/meta';
import type { WriteClock } from '../../src/db/repositories/outbox';
import { rememberSession } from '../../src/db/session';
import { SessionResponse } from '../../src/shared/api';
import type { User } from '../../src/shared/schema/user';
import { createSyncEngine, type SyncEngine, type SyncEngineOptions } from '../../src/sync/engine';
import type { FetchFn } from '../../src/sync/http';
import type { SyncReport } from '../../src/sync/status';
import { faultLayer, type FaultLayer } from './faults';

/**
 * One phone: its own Dexie database (fake-indexeddb), a cookie jar, a clock it controls, a
 * fault layer on its wire and the real sync engine. Its fetch goes to the real app through
 * `app.inject`, carrying the session cookie as a browser would.
 */
export interface Device {
  name: string;
  dbName: string;
  db: QcDb;
  clock: { t: number };
  writeClock: WriteClock;
  faults: FaultLayer;
  engine: SyncEngine;
  user: User | null;
  jar: { cookie: string | null };
  /** Every outbox entry this device ever committed, by seq (snapshotted before each sync). */
  journal: Map<number, OutboxEntry>;
  clientId(): Promise<string>;
  /** Signs in; with `cookie` (a session made earlier) it only asks the server who that is. */
  login(username: string, cookie?: string): Promise<User>;
  sync(): Promise<SyncReport>;
  /** Syncs until the outbox is empty and a run succeeds (faults off); throws if it never does. */
  settle(): Promise<SyncReport>;
  /** Another engine (a second tab) over the same IndexedDB database. */
  openTab(): { db: QcDb; engine: SyncEngine; sync(): Promise<SyncReport> };
  /** Closes Dexie and reopens the same database (app update / reload). */
  reopen(): Promise<void>;
  snapshotOutbox(): Promise<void>;
  close(): Promise<void>;
}

export function injectFetch(app: FastifyInstance, jar: { cookie: string | null }): FetchFn {
  return async (input, init) => {
    const url = new URL(input, 'http://device.test');
    const method = (init?.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => (headers[key] = value));
    if (jar.cookie) headers.cookie = jar.cookie;
    const body = init?.body;
    const payload =
      typeof body === 'string'
        ? body
        : body instanceof ArrayBuffer
          ? Buffer.from(body)
          : ArrayBuffer.isView(body)
            ? Buffer.from(body.buffer, body.byteOffset, body.byteLength)
            : undefined;
    const res = await app.inject({
      method: method as 'GET',
      url: url.pathname + url.search,
      headers,
      ...(payload === undefined ? {} : { payload }),
    });
    const session = res.cookies.find((c) => c.name === 'qc_session');
    if (session) jar.cookie = session.value ? `qc_session=${session.value}` : null;
    const out = new Headers();
    for (const [key, value] of Object.entries(res.headers)) {
      if (value === undefined || key === 'set-cookie') continue;
      out.set(key, Array.isArray(value) ? value.join(', ') : String(value));
    }
    const noBody = method === 'HEAD' || res.statusCode === 204 || res.statusCode === 304;
    return new Response(noBody ? null : new Uint8Array(res.rawPayload), {
      status: res.statusCode,
      headers: out,
    });
  };
}

export interface DeviceOptions {
  name?: string;
  /** The wire under the fault layer; default: `app.inject` with the device's cookie. */
  transport?: (jar: { cookie: string | null }) => FetchFn;
  batchSize?: number;
  pullLimit?: number;
  photoChunkSize?: number;
  /** Start time of the device clock (ms since epoch). */
  t?: number;
}

export function createDevice(app: FastifyInstance | null, options: DeviceOptions = {}): Device {
  const name = options.name ?? 'phone';
  const dbName = `sync-${name}-${randomBytes(6).toString('hex')}`;
  const clock = { t: options.t ?? Date.UTC(2026, 10, 22, 8) };
  const jar = { cookie: null as string | null };
  const transport =
    options.transport ?? ((j: { cookie: string | null }) => injectFetch(app as FastifyInstance, j));
  const faults = faultLayer(transport(jar));
  const engineFor = (db: QcDb): SyncEngine => {
    const engineOptions: SyncEngineOptions = {
      db,
      fetch: faults.fetch,
      now: () => clock.t,
      locks: null,
      random: () => 0.5,
      batchSize: options.batchSize,
      pullLimit: options.pullLimit,
      photoChunkSize: options.photoChunkSize,
    };
    return createSyncEngine(engineOptions);
  };
  const tabs: QcDb[] = [];
  const device: Device = {
    name,
    dbName,
    db: openQcDb(dbName),
    clock,
    // Each write moves the clock 1 ms, so createdAt values stay distinct and ordered.
    writeClock: { now: () => new Date((clock.t += 1)) },
    faults,
    engine: null as unknown as SyncEngine,
    user: null,
    jar,
    journal: new Map(),
    clientId: () => getClientId(device.db),
    async login(username, cookie) {
      if (cookie) jar.cookie = cookie;
      const res = cookie
        ? await transport(jar)('/api/auth/me')
        : await transport(jar)('/api/auth/login', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ username, password: `demo-${username}` }),
          });
      if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
      const session = SessionResponse.parse(await res.json());
      await rememberSession(device.db, session.user);
      device.user = session.user;
      return session.user;
    },
    async snapshotOutbox() {
      for (const entry of await device.db.outbox.toArray()) device.journal.set(entry.seq, entry);
    },
    async sync() {
      await device.snapshotOutbox();
      return device.engine.syncOnce();
    },
    async settle() {
      faults.setPolicy(null);
      let last = '';
      for (let attempt = 0; attempt < 20; attempt++) {
        const report = await device.sync();
        if (report.ok && (await device.db.outbox.count()) === 0) return device.sync();
        last = `${report.status.state} ${report.status.lastError ?? ''}`;
      }
      throw new Error(`${name} did not settle (${last}): outbox ${await device.db.outbox.count()}`);
    },
    openTab() {
      const db = openQcDb(dbName);
      tabs.push(db);
      const engine = engineFor(db);
      return {
        db,
        engine,
        sync: async () => {
          await device.snapshotOutbox();
          return engine.syncOnce();
        },
      };
    },
    async reopen() {
      device.db.close();
      device.db = openQcDb(dbName);
      await device.db.open();
      device.engine = engineFor(device.db);
    },
    async close() {
      for (const tab of tabs) tab.close();
      await device.db.delete();
    },
  };
  device.engine = engineFor(device.db);
  return device;
}

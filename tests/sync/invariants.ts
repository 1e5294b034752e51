import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { OutboxEntry } from '../../src/db/db';
import { PULLED } from '../../src/db/pulled';
import { PullResponse, type SyncEntity } from '../../src/shared/sync-protocol';
import type { Schema } from '../../sync-server/db/schema';
import { withPhotoTables } from '../../sync-server/db/photo-blobs';
import { canonicalJson, sha256Hex } from '../../sync-server/services/canonical';
import { injectFetch, type Device } from './device';
import type { SyncServer } from './server';

/**
 * The five invariants of SYNC.md, checked against the server's database (Kysely) and each
 * device's IndexedDB. Call after `quiesce`: every device settled, then synced once more.
 */
const ADDS: Partial<Record<OutboxEntry['name'], keyof Schema>> = {
  'inspection.start': 'inspections',
  'defect.add': 'defects',
  'measurement.add': 'measurements',
  'checklist.answer': 'checklist_answers',
  'signature.add': 'signatures',
  'photo.add': 'photos',
};
const EVIDENCE = ['defects', 'measurements', 'checklist_answers', 'signatures', 'photos'] as const;
const COMPARED: SyncEntity[] = [
  'order',
  'inspection',
  'defect',
  'measurement',
  'checklist_answer',
  'signature',
  'photo',
  'decision',
];

const payloadHash = (e: OutboxEntry) => sha256Hex(canonicalJson({ name: e.name, args: e.args }));

/** Settles every device (faults off), then syncs each once more so all saw the others' writes. */
export async function quiesce(devices: Device[]): Promise<void> {
  for (const device of devices) await device.settle();
  for (const device of devices) expect((await device.sync()).ok).toBe(true);
}

type Applied = Map<string, { table: keyof Schema; entry: OutboxEntry }>;

/** I1: every committed local mutation has exactly one server result; rejections are on the phone. */
export async function checkNoLoss(server: SyncServer, device: Device, applied: Applied): Promise<void> {
  await device.snapshotOutbox();
  const clientId = await device.clientId();
  expect(await device.db.outbox.count(), `${device.name} outbox drained`).toBe(0);
  const rows = await server.database.db
    .selectFrom('mutation_results')
    .selectAll()
    .where('client_id', '=', clientId)
    .execute();
  const bySeq = new Map(rows.map((r) => [Number(r.seq), r]));
  const seqs = [...device.journal.keys()].sort((a, b) => a - b);
  expect(seqs, `${device.name} seqs gap-free`).toEqual(seqs.map((_, i) => i + 1));
  expect(
    [...bySeq.keys()].sort((a, b) => a - b),
    `${device.name} one result per seq`,
  ).toEqual(seqs);
  for (const seq of seqs) {
    const entry = device.journal.get(seq) as OutboxEntry;
    const row = bySeq.get(seq);
    expect(row?.payload_hash, `seq ${seq} stored as sent`).toBe(payloadHash(entry));
    if (row?.status === 'applied') {
      const table = ADDS[entry.name];
      if (table) applied.set(entry.args.id, { table, entry });
    } else {
      const shown = await device.db.rejected.get(seq);
      expect(shown?.code ?? null, `rejected seq ${seq} shown on ${device.name}`).toBe(row?.code ?? null);
    }
  }
  if (seqs.length > 0) {
    const client = await server.database.db
      .selectFrom('sync_clients')
      .select('last_seq')
      .where('client_id', '=', clientId)
      .executeTakeFirst();
    expect(Number(client?.last_seq)).toBe(seqs.length);
  }
}

/** I2: one result per (clientId, seq); every evidence row on the server is exactly one applied add. */
export async function checkNoDuplicates(server: SyncServer, applied: Applied): Promise<void> {
  const { db } = server.database;
  const doubled = await db
    .selectFrom('mutation_results')
    .select(['client_id', 'seq'])
    .groupBy(['client_id', 'seq'])
    .having((eb) => eb.fn.countAll(), '>', 1)
    .execute();
  expect(doubled).toEqual([]);
  for (const table of [...EVIDENCE, 'inspections'] as const) {
    const ids = (await db.selectFrom(table).select('id').execute()).map((r) => r.id).sort();
    const expected = [...applied]
      .filter(([, a]) => a.table === table)
      .map(([id]) => id)
      .sort();
    expect(ids, `${table}: one row per applied add`).toEqual(expected);
  }
  for (const [id, { table, entry }] of applied) {
    if (table === 'inspections') continue;
    const row = await db.selectFrom(table).select('data').where('id', '=', id).executeTakeFirstOrThrow();
    const stored = { ...(JSON.parse(row.data) as object), deletedAt: null };
    expect(canonicalJson(stored)).toBe(canonicalJson({ ...entry.args, deletedAt: null }));
  }
}

/** What the server would give this device from cursor 0: the newest record per entity id. */
export async function serverView(server: SyncServer, device: Device) {
  const fetch = injectFetch(server.app, { cookie: device.jar.cookie });
  const view = new Map<SyncEntity, Map<string, unknown>>();
  let cursor = 0;
  for (;;) {
    const res = await fetch(`/api/sync/pull?cursor=${cursor}&limit=1000`);
    const page = PullResponse.parse(await res.json());
    for (const change of page.changes) {
      const records = view.get(change.entity) ?? new Map<string, unknown>();
      records.set(change.id, PULLED[change.entity].schema.parse(change.data));
      view.set(change.entity, records);
    }
    cursor = page.cursor;
    if (!page.hasMore) return view;
  }
}

/** I3: the device's copy equals the server's view; anything more on the phone was rejected. */
export async function checkConverged(server: SyncServer, device: Device): Promise<void> {
  const view = await serverView(server, device);
  const rejectedIds = new Set((await device.db.rejected.toArray()).map((r) => r.args.id));
  for (const entity of COMPARED) {
    const expected = view.get(entity) ?? new Map<string, unknown>();
    const local = new Map(
      (await device.db.table(PULLED[entity].table).toArray()).map((r: { id: string }) => [r.id, r]),
    );
    for (const [id, record] of expected)
      expect(local.get(id), `${device.name} ${entity} ${id}`).toEqual(record);
    const extra = [...local.keys()].filter((id) => !expected.has(id) && !rejectedIds.has(id));
    expect(extra, `${device.name} ${entity} only on the phone`).toEqual([]);
  }
}

/** I4: every photo record the server holds has its bytes, whole and matching the hash, or is reported. */
export async function checkPhotos(server: SyncServer, devices: Device[]): Promise<void> {
  const db = withPhotoTables(server.database.db);
  const records = await db.selectFrom('photos').select(['id', 'sha256']).execute();
  const held = new Set((await db.selectFrom('photo_blobs').select('sha256').execute()).map((r) => r.sha256));
  for (const { sha256 } of records) {
    if (held.has(sha256)) {
      const owner = devices.find((d) => d.jar.cookie) as Device;
      const res = await injectFetch(server.app, { cookie: owner.jar.cookie })(`/api/photos/${sha256}`);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(createHash('sha256').update(bytes).digest('hex'), 'stored bytes match their hash').toBe(sha256);
      continue;
    }
    // Missing bytes are allowed only if a phone still holds them and reports them pending.
    const reported = [];
    for (const device of devices) {
      const blob = await device.db.photoBlobs.get(sha256);
      if (blob && blob.uploadedAt === null) reported.push(device.name);
    }
    expect(reported, `photo ${sha256} missing on the server and not pending on any phone`).not.toEqual([]);
  }
  for (const device of devices)
    for (const blob of await device.db.photoBlobs.toArray())
      if (blob.uploadedAt !== null) expect(held.has(blob.sha256), 'confirmed bytes are held').toBe(true);
}

/** All of I1–I4 for a set of devices that share one server. */
export async function checkInvariants(server: SyncServer, devices: Device[]): Promise<void> {
  const applied: Applied = new Map();
  for (const device of devices) await checkNoLoss(server, device, applied);
  await checkNoDuplicates(server, applied);
  for (const device of devices) await checkConverged(server, device);
  await checkPhotos(server, devices);
}

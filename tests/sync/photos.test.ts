import { afterEach, describe, expect, it } from 'vitest';
import { withPhotoTables } from '../../sync-server/db/photo-blobs';
import { fakeJpeg, photo, start } from './actions';
import { injectFetch } from './device';
import { isPhotoPatch } from './faults';
import { checkPhotos } from './invariants';
import { DB_KINDS } from './server';
import { openWorld, type World } from './world';

let world: World;
afterEach(async () => world?.close());

const CHUNK = 16 * 1024;
const patches = () => world.devices.flatMap((d) => d.faults.delivered.filter(isPhotoPatch));
const heldBlobs = async () =>
  (await withPhotoTables(world.server.database.db).selectFrom('photo_blobs').select('sha256').execute())
    .length;

describe.each(DB_KINDS)('photo bytes on %s', (kind) => {
  it('an upload cut at 50% resumes from the offset the server holds, not from zero (failure 15)', async () => {
    world = await openWorld(kind);
    const phone = await world.phone({ photoChunkSize: CHUNK });
    const inspection = await start(phone);
    await photo(phone, inspection.id, fakeJpeg(4 * CHUNK));
    let seen = 0;
    phone.faults.setPolicy((r) => (isPhotoPatch(r) && ++seen === 3 ? 'drop-request' : null));
    expect((await phone.sync()).ok).toBe(false);
    expect(patches()).toHaveLength(2);
    await world.settleAndCheck();
    expect(patches()).toHaveLength(4);
  });

  it('a chunk whose answer was lost is not sent again (failure 15)', async () => {
    world = await openWorld(kind);
    const phone = await world.phone({ photoChunkSize: CHUNK });
    const inspection = await start(phone);
    await photo(phone, inspection.id, fakeJpeg(4 * CHUNK));
    let seen = 0;
    phone.faults.setPolicy((r) => (isPhotoPatch(r) && ++seen === 2 ? 'drop-response' : null));
    expect((await phone.sync()).ok).toBe(false);
    await world.settleAndCheck();
    expect(patches()).toHaveLength(4);
  });

  it('the same photo on two records and two phones is stored once and present for all (failure 15)', async () => {
    world = await openWorld(kind);
    const [a, b] = [await world.phone(), await world.phone()];
    const jpeg = fakeJpeg(3 * CHUNK, 7);
    const [ia, ib] = [await start(a), await start(b, 'tee')];
    await photo(a, ia.id, jpeg);
    await photo(a, ia.id, jpeg);
    await photo(b, ib.id, jpeg);
    await world.settleAndCheck();
    expect(await heldBlobs()).toBe(1);
    expect(await a.db.photoBlobs.count()).toBe(1);
  });

  it('a record that arrives before its bytes is reported pending until the bytes land (failure 15)', async () => {
    world = await openWorld(kind);
    const phone = await world.phone();
    const inspection = await start(phone);
    await photo(phone, inspection.id);
    phone.faults.setPolicy((r) => (r.path.startsWith('/api/photos/') ? 'drop-request' : null));
    expect((await phone.sync()).ok).toBe(false);
    expect(await heldBlobs()).toBe(0);
    await checkPhotos(world.server, world.devices);
    await world.settleAndCheck();
    expect(await heldBlobs()).toBe(1);
  });

  it('bytes that arrive before their record make the later upload complete at once (failure 15)', async () => {
    world = await openWorld(kind);
    const phone = await world.phone();
    const jpeg = fakeJpeg(2 * CHUNK);
    const early = await injectFetch(world.server.app, phone.jar)(`/api/photos/${jpeg.sha256}`, {
      method: 'PATCH',
      headers: {
        'content-type': 'application/offset+octet-stream',
        'upload-offset': '0',
        'upload-length': String(jpeg.bytes.byteLength),
      },
      body: jpeg.bytes,
    });
    expect(early.headers.get('upload-complete')).toBe('1');
    const inspection = await start(phone);
    await photo(phone, inspection.id, jpeg);
    await world.settleAndCheck();
    expect(patches()).toHaveLength(0);
  });
});

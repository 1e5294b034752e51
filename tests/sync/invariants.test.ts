import { afterEach, describe, expect, it } from 'vitest';
import { defect, start } from './actions';
import { checkInvariants, quiesce } from './invariants';
import { openWorld, type World } from './world';

let world: World;
afterEach(async () => world?.close());

/** The checker must bite: each invariant fails when the server or the phone is tampered with. */
describe('the invariant checker', () => {
  it('fails when a server row of an applied mutation disappears (I1/I2)', async () => {
    world = await openWorld('sqlite');
    const phone = await world.phone();
    const inspection = await start(phone);
    const gone = await defect(phone, inspection.id);
    await quiesce(world.devices);
    await world.server.database.db.deleteFrom('defects').where('id', '=', gone.id).execute();
    await expect(checkInvariants(world.server, world.devices)).rejects.toThrow(/one row per applied add/);
  });

  it('fails when a rejection is not on the phone (I1)', async () => {
    world = await openWorld('sqlite');
    const phone = await world.phone();
    const inspection = await start(phone);
    await defect(phone, inspection.id);
    await quiesce(world.devices);
    await world.server.database.db
      .updateTable('mutation_results')
      .set({ status: 'rejected', code: 'forbidden' })
      .where('seq', '=', 2)
      .execute();
    await expect(checkInvariants(world.server, world.devices)).rejects.toThrow(/shown on/);
  });

  it('fails when the phone holds a record the server does not (I3)', async () => {
    world = await openWorld('sqlite');
    const phone = await world.phone();
    const inspection = await start(phone);
    await quiesce(world.devices);
    const stray = { ...(await phone.db.inspections.get(inspection.id))!, id: crypto.randomUUID() };
    await phone.db.inspections.put(stray);
    await expect(checkInvariants(world.server, world.devices)).rejects.toThrow(/only on the phone/);
  });
});

import fc from 'fast-check';
import { expect } from 'vitest';
import { signAndSubmit } from './actions';
import * as act from './actions';
import type { Device } from './device';
import type { Fault } from './faults';
import { approve } from './office';
import type { World } from './world';

/**
 * The fuzz's actions and its model. An action is plain data (so fast-check can shrink and
 * print it); `run` performs it against the real world. The model records what each phone
 * told its user was saved, and which inspections were submitted (evidence for them from
 * another phone may be refused). After quiescence, `checkModel` demands every
 * saved write on the server, or among that phone's rejections when a refusal was possible.
 */
const DAY = 24 * 3600_000;
const FAULTS: (Fault | null)[] = [
  null,
  null,
  'drop-request',
  'drop-response',
  'duplicate',
  'too-large',
  { delayMs: 2 },
];

export type Action =
  | { kind: 'start'; d: number; order: act.OrderKey }
  | {
      kind: 'defect' | 'undo' | 'measure' | 'photo' | 'edit' | 'submit' | 'invalid' | 'approve';
      d: number;
      i: number;
    }
  | { kind: 'clock'; d: number; delta: number }
  | { kind: 'sync'; d: number; faults: (Fault | null)[]; tabs: boolean; restore: boolean };

const device = fc.nat(2);
const pick = fc.nat(5);
export const actionArb: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('start' as const),
      d: device,
      order: fc.constantFrom(...act.ORDER_KEYS),
    }),
  },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('defect' as const), d: device, i: pick }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constantFrom('undo' as const, 'measure' as const, 'photo' as const, 'edit' as const),
      d: device,
      i: pick,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constantFrom('submit' as const, 'invalid' as const, 'approve' as const),
      d: device,
      i: pick,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('clock' as const),
      d: device,
      delta: fc.integer({ min: -3 * DAY, max: 3 * DAY }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      d: device,
      faults: fc.array(fc.constantFrom(...FAULTS), { maxLength: 4 }),
      tabs: fc.boolean(),
      restore: fc.boolean(),
    }),
  },
);

export interface Model {
  /** Writes a phone reported saved: id → may the server refuse it? */
  saved: Map<string, { device: Device; inspectionId: string }>;
  /** Inspections submitted on some phone (evidence for them from other phones may be refused). */
  submitted: Set<string>;
}

const nth = <T>(items: T[], i: number): T | undefined => items[i % Math.max(1, items.length)];

/** Local writes that the repositories refuse (locked, unknown) are a normal outcome, not a failure. */
const local = async <T>(write: () => Promise<T>): Promise<T | null> => {
  try {
    return await write();
  } catch (error) {
    if (
      error instanceof Error &&
      /locked|not on this device|spec sheet|no spec|no checklist/.test(error.message)
    )
      return null;
    throw error;
  }
};

export async function run(world: World, model: Model, action: Action): Promise<void> {
  const phone = world.devices[action.d % world.devices.length] as Device;
  const open = (await phone.db.inspections.toArray())
    .filter((x) => x.inspectorId === phone.user?.id)
    .sort((a, b) => a.id.localeCompare(b.id));
  const note = (id: string | undefined, inspectionId: string) => {
    if (id) model.saved.set(id, { device: phone, inspectionId });
  };
  if (action.kind === 'start') {
    note((await act.start(phone, action.order)).id, '');
    return;
  }
  if (action.kind === 'clock') {
    phone.clock.t += action.delta;
    return;
  }
  if (action.kind === 'sync') return sync(phone, action);
  const target = nth(open, action.i);
  if (!target) return;
  switch (action.kind) {
    case 'defect':
      return note((await local(() => act.defect(phone, target.id)))?.id, target.id);
    case 'undo': {
      const live = (await phone.db.defects.where('inspectionId').equals(target.id).toArray()).filter(
        (x) => !x.deletedAt,
      );
      const victim = nth(live, action.i);
      if (victim) await local(() => act.undoDefect(phone, victim.id));
      return;
    }
    case 'measure':
      return note(
        (await local(() => act.measure(phone, target.id, (action.i % 5) + 1, 40 + action.i)))?.id,
        target.id,
      );
    case 'photo':
      return note(
        (await local(() => act.photo(phone, target.id, act.fakeJpeg(20_000, action.i))))?.id,
        target.id,
      );
    case 'edit':
      await local(() => act.edit(phone, target.id, { lotSize: 500 + action.i * 100 }));
      return;
    case 'invalid':
      await act.invalidDefect(phone, target.id);
      return;
    case 'submit':
      if ((await local(() => signAndSubmit(phone, target.id))) !== null) model.submitted.add(target.id);
      return;
    case 'approve':
      if (
        await world.server.database.db
          .selectFrom('inspections')
          .select('id')
          .where('id', '=', target.id)
          .executeTakeFirst()
      )
        await approve(world.server, target.id);
      return;
  }
}

async function sync(phone: Device, action: Extract<Action, { kind: 'sync' }>): Promise<void> {
  const faults = [...action.faults];
  phone.faults.setPolicy(() => faults.shift() ?? null);
  const before = action.restore ? await phone.db.outbox.toArray() : [];
  if (action.tabs) {
    const tab = phone.openTab();
    await Promise.all([phone.sync(), tab.sync()]);
  } else await phone.sync();
  // Failure 8: the acknowledged deletions did not survive the browser's death.
  if (action.restore) await phone.db.outbox.bulkPut(before);
  phone.faults.setPolicy(null);
}

/** After quiescence: every saved write is on the server, or refused where refusal was possible. */
export async function checkModel(world: World, model: Model): Promise<void> {
  const { db } = world.server.database;
  for (const [id, { device, inspectionId }] of model.saved) {
    const mayBeRefused = model.submitted.has(inspectionId);
    const tables = ['inspections', 'defects', 'measurements', 'photos'] as const;
    let found = false;
    for (const table of tables)
      if (await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()) found = true;
    if (found) continue;
    const refused = (await device.db.rejected.toArray()).some((r) => r.args.id === id);
    expect(mayBeRefused && refused, `saved write ${id} of ${device.name} neither stored nor refusable`).toBe(
      true,
    );
  }
}

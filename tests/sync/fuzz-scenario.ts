import fc from 'fast-check';
import { actionArb, checkModel, run, type Action, type Model } from './fuzz-model';
import type { DbKind, Template } from './server';
import { openWorld } from './world';

/** One fuzz case: 2–3 phones of one inspector and a list of actions; shared by fuzz and pinned seeds. */
export const scenarioArb = fc.record({
  phones: fc.integer({ min: 2, max: 3 }),
  actions: fc.array(actionArb, { minLength: 3, maxLength: 20 }),
});

export async function runScenario(kind: DbKind, template: Template, phones: number, actions: Action[]) {
  const world = await openWorld(kind, template);
  try {
    for (let p = 0; p < phones; p++)
      await world.phone({ photoChunkSize: 8 * 1024, batchSize: 4, pullLimit: 40 });
    const model: Model = { saved: new Map(), submitted: new Set() };
    // Every phone starts an inspection first, so writes have somewhere to go.
    for (let d = 0; d < phones; d++) await run(world, model, { kind: 'start', d, order: 'shirt' });
    for (const action of actions) await run(world, model, action);
    await world.settleAndCheck();
    await checkModel(world, model);
  } finally {
    await world.close();
  }
}

import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { runScenario, scenarioArb } from './fuzz-scenario';
import { createTemplate, type DbKind, type Template } from './server';

/**
 * SYNC.md failure 18: random days of 2–3 phones of one inspector (writes, clock jumps, submits,
 * office approvals, syncs through random wire faults, two tabs, outboxes restored after an
 * ack), then quiescence, every invariant and the model. A failure prints fast-check's seed,
 * path and shrunk counterexample: replay with FUZZ_SEED=… FUZZ_PATH=…, then pin the
 * counterexample in pinned-seeds.test.ts.
 */
const replay = (): Partial<fc.Parameters<unknown>> =>
  process.env.FUZZ_SEED
    ? { seed: Number(process.env.FUZZ_SEED), path: process.env.FUZZ_PATH, endOnFailure: true }
    : {};

export function defineFuzz(kind: DbKind, runs: number): void {
  describe(`model-based sync fuzz on ${kind}`, () => {
    let template: Template;
    beforeAll(async () => {
      template = await createTemplate(kind);
    });
    afterAll(async () => template?.dispose());

    it(
      `keeps every invariant over ${runs} random offline days with faults`,
      { timeout: 3_600_000 },
      async () => {
        await fc.assert(
          fc.asyncProperty(scenarioArb, ({ phones, actions }) =>
            runScenario(kind, template, phones, actions),
          ),
          { numRuns: runs, verbose: 1, ...replay() },
        );
      },
    );
  });
}

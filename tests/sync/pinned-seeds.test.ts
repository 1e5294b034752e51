import { afterAll, beforeAll, describe, it } from 'vitest';
import { runScenario } from './fuzz-scenario';
import { createTemplate, DB_KINDS, type Template } from './server';

/**
 * Cases that once failed, kept forever as named tests. A fuzz failure prints its seed and path
 * and the shrunk counterexample (phones + actions): paste the counterexample here.
 *
 * The first entry is the shrunk form of the bug the named test "a rejection whose response was
 * lost…" found (src/sync/push.ts dropped a replayed rejection), so the fuzz path covers it too.
 */
describe.each(DB_KINDS)('pinned fuzz cases on %s', (kind) => {
  let template: Template;
  beforeAll(async () => {
    template = await createTemplate(kind);
  });
  afterAll(async () => template?.dispose());

  it('an invalid mutation whose push answer is lost is still shown as rejected after the retry', () =>
    runScenario(kind, template, 2, [
      { kind: 'invalid', d: 0, i: 0 },
      { kind: 'sync', d: 0, faults: ['drop-response'], tabs: false, restore: false },
    ]));

  // Fuzz seed 1027001163, path 32:0:5:4:4:4:4:4:4:4:4 (PostgreSQL): the test double stored the
  // malformed record locally, so undoing it threw a ZodError; the double now keeps the bad
  // payload in the outbox only, as an old client would.
  it('a tombstone of a defect whose add the server refused as invalid is itself refused and shown', () =>
    runScenario(kind, template, 2, [
      { kind: 'invalid', d: 1, i: 0 },
      { kind: 'undo', d: 1, i: 0 },
      { kind: 'defect', d: 0, i: 0 },
      { kind: 'defect', d: 0, i: 0 },
    ]));

  it('a submit on one phone while the other adds evidence, with an outbox restored after the ack', () =>
    runScenario(kind, template, 2, [
      { kind: 'sync', d: 0, faults: [], tabs: false, restore: false },
      { kind: 'sync', d: 1, faults: [], tabs: false, restore: false },
      { kind: 'submit', d: 0, i: 0 },
      { kind: 'sync', d: 0, faults: ['duplicate'], tabs: true, restore: true },
      { kind: 'defect', d: 1, i: 0 },
      { kind: 'defect', d: 1, i: 1 },
      { kind: 'sync', d: 1, faults: ['drop-response', 'too-large'], tabs: false, restore: false },
    ]));
});

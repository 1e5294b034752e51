import { describe, expect, it } from 'vitest';
import {
  computeVerdict,
  inspectionPlans,
  summarizeMeasurements,
  withComputed,
} from '../../../src/shared/domain';
import type { InspectionOutcome, PomSpec, VerdictInput } from '../../../src/shared/domain';

const plans = inspectionPlans({
  lotSize: 3000,
  level: 'II',
  aql: { critical: null, major: 2.5, minor: 4.0 },
  packing: { level: 'S-2', aql: 2.5 },
  measurement: { sampleSize: 5 },
});
const full = { inspected: 125, found: 0 };
const specs: PomSpec[] = [
  { id: 'chest', target: 50, minus: 1, plus: 1, unit: 'cm', critical: true },
  { id: 'length', target: 70, minus: 1, plus: 1.5, unit: 'cm' },
];
const readings = (chest: number[], length: number[]) =>
  summarizeMeasurements(specs, [
    ...chest.map((value, sample) => ({ pomId: 'chest', sample, value })),
    ...length.map((value, sample) => ({ pomId: 'length', sample, value })),
  ]);
const good = readings([50, 50, 50, 50, 50], [70, 70, 70, 70, 70]);

const input = (over: Partial<VerdictInput> = {}): VerdictInput => ({
  plans,
  workmanship: { critical: full, major: full, minor: full },
  packing: { inspected: 8, found: 0 },
  measurements: good,
  pomCount: 2,
  checklist: [{ id: 'labels', result: 'pass' }],
  ...over,
});

describe('computeVerdict', () => {
  it('passes when every check is complete and within limits', () => {
    const v = computeVerdict(input());
    expect(v.result).toBe('pass');
    expect(v.reasons).toEqual([]);
  });

  it('major at Re fails with a translatable reason', () => {
    const v = computeVerdict(
      input({ workmanship: { critical: full, major: { inspected: 125, found: 8 }, minor: full } }),
    );
    expect(v.result).toBe('fail');
    expect(v.classes.major).toBe('rejected');
    expect(v.reasons).toContainEqual({ code: 'major-rejected', params: { found: 8, reject: 8 } });
  });

  it('Ac exactly is accepted; one critical fails even on an unfinished sample', () => {
    expect(
      computeVerdict(
        input({ workmanship: { critical: full, major: { inspected: 125, found: 7 }, minor: full } }),
      ).result,
    ).toBe('pass');
    const v = computeVerdict(
      input({ workmanship: { critical: { inspected: 10, found: 1 }, major: full, minor: full } }),
    );
    expect(v.result).toBe('fail');
    expect(v.reasons[0]).toEqual({ code: 'critical-rejected', params: { found: 1, reject: 1 } });
  });

  it('pending while a sample is unfinished or a measurement is missing', () => {
    const v = computeVerdict(
      input({ workmanship: { critical: full, major: { inspected: 60, found: 2 }, minor: full } }),
    );
    expect(v.result).toBe('pending');
    expect(v.reasons).toContainEqual({ code: 'major-incomplete', params: { inspected: 60, required: 125 } });
    const missing = summarizeMeasurements(specs, [
      ...[0, 1, 2, 3, 4].map((sample) => ({ pomId: 'chest', sample, value: 50 })),
      ...[0, 1, 2, 3].map((sample) => ({ pomId: 'length', sample, value: 70 })),
      { pomId: 'length', sample: 4, value: null },
    ]);
    expect(computeVerdict(input({ measurements: missing })).result).toBe('pending');
    expect(computeVerdict(input({ measurements: readings([50], [70]) })).reasons[0]?.code).toBe(
      'measurement-incomplete',
    );
    expect(computeVerdict(input({ measurements: null })).result).toBe('pending');
  });

  it('fail beats pending', () => {
    const v = computeVerdict(
      input({
        workmanship: {
          critical: full,
          major: { inspected: 20, found: 8 },
          minor: { inspected: 0, found: 0 },
        },
      }),
    );
    expect(v.result).toBe('fail');
  });

  it('measurements: any critical POM out fails; otherwise the share against the limit (limit inclusive)', () => {
    expect(
      computeVerdict(input({ measurements: readings([50, 50, 52, 50, 50], [70, 70, 70, 70, 70]) }))
        .reasons[0],
    ).toEqual({
      code: 'measurement-critical-out',
      params: { count: 1 },
    });
    // 1 of 10 readings out = 10 % = limit → pass; 2 of 10 → fail.
    expect(
      computeVerdict(input({ measurements: readings([50, 50, 50, 50, 50], [72, 70, 70, 70, 70]) })).result,
    ).toBe('pass');
    const v = computeVerdict(input({ measurements: readings([50, 50, 50, 50, 50], [72, 72, 70, 70, 70]) }));
    expect(v.result).toBe('fail');
    expect(v.reasons[0]).toMatchObject({
      code: 'measurement-share-exceeded',
      params: { out: 2, measured: 10, limit: 0.1 },
    });
    expect(
      computeVerdict(
        input({
          measurementShareLimit: 0.2,
          measurements: readings([50, 50, 50, 50, 50], [72, 72, 70, 70, 70]),
        }),
      ).result,
    ).toBe('pass');
  });

  it('checklist failures and pending items', () => {
    expect(computeVerdict(input({ checklist: [{ id: 'labels', result: 'fail' }] })).reasons).toContainEqual({
      code: 'checklist-failed',
      params: { id: 'labels' },
    });
    expect(
      computeVerdict(
        input({
          checklist: [
            { id: 'labels', result: 'pending' },
            { id: 'x', result: 'na' },
          ],
        }),
      ).result,
    ).toBe('pending');
  });

  it('packing plan judged like a class', () => {
    expect(computeVerdict(input({ packing: { inspected: 8, found: 1 } })).reasons).toContainEqual({
      code: 'packing-rejected',
      params: { found: 1, reject: 1 },
    });
    expect(computeVerdict(input({ packing: null })).packing).toBe('pending');
  });

  it('reduced plan with Ac < d < Re: accepted, normal inspection reinstated', () => {
    const reduced = inspectionPlans({
      lotSize: 3000,
      level: 'II',
      inspection: 'reduced',
      aql: { critical: null, major: 2.5, minor: 4.0 },
    });
    // Reduced K @ 2.5 → n=50, Ac 3 Re 6.
    const v = computeVerdict({
      plans: reduced,
      workmanship: {
        critical: { inspected: 50, found: 0 },
        major: { inspected: 50, found: 4 },
        minor: { inspected: 50, found: 0 },
      },
    });
    expect(v.result).toBe('pass');
    expect(v.reasons).toContainEqual({
      code: 'major-reinstate-normal',
      params: { found: 4, accept: 3, reject: 6 },
    });
  });

  it('recommendation and decision are never overwritten by a recomputation', () => {
    const outcome: InspectionOutcome = {
      computed: computeVerdict(input()),
      recommendation: 'fail',
      decision: { result: 'waive', by: 'office', at: '2025-01-01T00:00:00Z' },
    };
    const next = withComputed(outcome, computeVerdict(input({ packing: { inspected: 8, found: 3 } })));
    expect(next.computed.result).toBe('fail');
    expect(next.recommendation).toBe('fail');
    expect(next.decision).toEqual(outcome.decision);
    expect(outcome.computed.result).toBe('pass');
  });
});

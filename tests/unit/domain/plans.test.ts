import { describe, expect, it } from 'vitest';
import { DomainError, inspectionPlans } from '../../../src/shared/domain';

describe('inspectionPlans', () => {
  const base = { lotSize: 3000, level: 'II' as const };

  it('one plan per class, critical "none allowed" is Ac 0 Re 1 on the workmanship sample', () => {
    const p = inspectionPlans({ ...base, aql: { critical: null, major: 2.5, minor: 4.0 } });
    expect(p.codeLetter).toBe('K');
    expect(p.workmanshipSampleSize).toBe(125);
    expect(p.workmanship.critical).toMatchObject({
      sampleSize: 125,
      acceptNumber: 0,
      rejectNumber: 1,
      zeroTolerance: true,
    });
    expect(p.workmanship.major).toMatchObject({
      sampleSize: 125,
      acceptNumber: 7,
      rejectNumber: 8,
      sampleSource: 'own',
    });
    expect(p.workmanship.minor).toMatchObject({ sampleSize: 125, acceptNumber: 10, rejectNumber: 11 });
  });

  it('classes with different sample sizes keep their own unless useLargestSample', () => {
    // K @ 0.065 is ↓ to L (n=200, Ac 0 Re 1).
    const own = inspectionPlans({ ...base, aql: { critical: 0.065, major: 2.5, minor: 4.0 } });
    expect(own.workmanship.critical).toMatchObject({ sampleSize: 200, acceptNumber: 0, rejectNumber: 1 });
    expect(own.workmanship.major).toMatchObject({ sampleSize: 125, acceptNumber: 7 });
    expect(own.workmanshipSampleSize).toBe(200);

    const largest = inspectionPlans({
      ...base,
      aql: { critical: 0.065, major: 2.5, minor: 4.0 },
      useLargestSample: true,
    });
    // Row L (200): 2.5 → 10/11, 4.0 → 14/15.
    expect(largest.workmanship.major).toMatchObject({
      sampleSize: 200,
      acceptNumber: 10,
      rejectNumber: 11,
      sampleSource: 'largest',
    });
    expect(largest.workmanship.minor).toMatchObject({ sampleSize: 200, acceptNumber: 14, rejectNumber: 15 });
    expect(largest.workmanship.critical).toMatchObject({
      sampleSize: 200,
      acceptNumber: 0,
      sampleSource: 'own',
    });
  });

  it('useLargestSample keeps own Ac/Re when the largest row has an arrow at that AQL', () => {
    // Largest from AQL 0.010 at K → ↓ to Q (1250); Q @ 6.5 is ↑ (no plan in that row).
    const p = inspectionPlans({
      ...base,
      aql: { critical: 0.01, major: 6.5, minor: null },
      useLargestSample: true,
    });
    expect(p.workmanshipSampleSize).toBe(1250);
    expect(p.workmanship.major).toMatchObject({ sampleSize: 1250, acceptNumber: 14, rejectNumber: 15 });
    expect(p.workmanship.minor).toMatchObject({
      sampleSize: 1250,
      acceptNumber: 0,
      rejectNumber: 1,
      zeroTolerance: true,
    });
  });

  it('all classes zero tolerance use the code letter sample', () => {
    const p = inspectionPlans({ ...base, aql: { critical: null, major: null, minor: null } });
    expect(p.workmanshipSampleSize).toBe(125);
    const r = inspectionPlans({
      ...base,
      inspection: 'reduced',
      aql: { critical: null, major: null, minor: null },
    });
    expect(r.workmanshipSampleSize).toBe(50);
  });

  it('packing and measurement plans', () => {
    const p = inspectionPlans({
      ...base,
      aql: { critical: null, major: 2.5, minor: 4.0 },
      packing: { level: 'S-2', aql: 2.5 },
      measurement: { level: 'S-3' },
    });
    expect(p.packing).toMatchObject({
      codeLetter: 'D',
      planCodeLetter: 'C',
      sampleSize: 5,
      acceptNumber: 0,
      rejectNumber: 1,
    });
    expect(p.measurement).toEqual({ sampleSize: 13 });
    expect(
      inspectionPlans({
        ...base,
        aql: { critical: null, major: 1, minor: 1 },
        measurement: { sampleSize: 5 },
      }).measurement,
    ).toEqual({
      sampleSize: 5,
    });
  });

  it('small lots become full inspection', () => {
    const p = inspectionPlans({ lotSize: 10, level: 'II', aql: { critical: null, major: 0.65, minor: 4.0 } });
    expect(p.workmanship.major).toMatchObject({ sampleSize: 10, fullInspection: true });
    expect(p.workmanship.critical).toMatchObject({ sampleSize: 10, fullInspection: true });
  });

  it('bad config', () => {
    expect(() => inspectionPlans({ ...base, aql: { critical: null, major: 3, minor: 4 } })).toThrow(
      DomainError,
    );
    expect(() =>
      inspectionPlans({
        ...base,
        aql: { critical: null, major: 2.5, minor: 4 },
        measurement: { sampleSize: 0 },
      }),
    ).toThrow(expect.objectContaining({ code: 'invalid-config' }));
  });
});

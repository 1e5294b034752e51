import { describe, expect, it } from 'vitest';
import { nextSwitchingScore, switchingState } from '../../../src/shared/domain';
import type { SwitchingLot } from '../../../src/shared/domain';

// Ac 1 plan (e.g. n=32 at AQL 1.5): accepted lots add 2.
const ok1: SwitchingLot = { accepted: true, acceptNumber: 1, nonconforming: 0 };
const bad1: SwitchingLot = { accepted: false, acceptNumber: 1, nonconforming: 2 };
// Ac 7 plan (K @ 2.5), tighter Ac 5 (K @ 1.5).
const ac7 = (d: number): SwitchingLot => ({
  accepted: d <= 7,
  acceptNumber: 7,
  nonconforming: d,
  tighterAcceptNumber: 5,
});

describe('switching score (ISO 2859-1:1999 9.3.3.2, single sampling)', () => {
  it('Ac ≥ 2: +3 when the lot passes one step tighter, otherwise reset', () => {
    expect(nextSwitchingScore(10, ac7(5))).toBe(13);
    expect(nextSwitchingScore(10, ac7(6))).toBe(0); // accepted, but not at the tighter AQL
    expect(nextSwitchingScore(10, ac7(8))).toBe(0);
    expect(nextSwitchingScore(10, { ...ac7(1), tighterAcceptNumber: null })).toBe(0);
  });
  it('Ac 0 or 1: +2 when accepted, otherwise reset', () => {
    expect(nextSwitchingScore(4, ok1)).toBe(6);
    expect(nextSwitchingScore(4, { accepted: true, acceptNumber: 0, nonconforming: 0 })).toBe(6);
    expect(nextSwitchingScore(4, bad1)).toBe(0);
  });
});

describe('switchingState', () => {
  it('starts on normal', () => expect(switchingState([]).mode).toBe('normal'));

  it('normal → tightened when 2 of 5 or fewer consecutive lots are not accepted', () => {
    expect(switchingState([bad1, ok1, ok1, ok1, bad1]).mode).toBe('tightened');
    expect(switchingState([bad1, bad1]).mode).toBe('tightened');
    // The two rejections are 6 lots apart: never within a window of 5.
    expect(switchingState([bad1, ok1, ok1, ok1, ok1, bad1]).mode).toBe('normal');
  });

  it('tightened → normal after 5 consecutive accepted lots', () => {
    const s = switchingState([bad1, bad1, ok1, ok1, ok1, ok1, ok1]);
    expect(s.mode).toBe('normal');
    expect(s.events.map((e) => e.code)).toEqual(['normal-to-tightened', 'tightened-to-normal']);
    expect(switchingState([bad1, bad1, ok1, ok1, ok1, ok1, bad1, ok1]).mode).toBe('tightened');
  });

  it('discontinue when 5 lots in total are not accepted on tightened, then resume on tightened', () => {
    const onTightened = [bad1, bad1];
    const five = [bad1, ok1, bad1, ok1, bad1, bad1, bad1];
    const s = switchingState([...onTightened, ...five]);
    expect(s.mode).toBe('discontinued');
    expect(s.events.at(-1)).toMatchObject({ code: 'discontinued', params: { rejected: 5 } });
    const resumed = switchingState([...onTightened, ...five, ok1, { type: 'resume' }]);
    expect(resumed.mode).toBe('tightened');
    expect(resumed.rejectedOnTightened).toBe(0);
  });

  it('normal → reduced at score ≥ 30 only with steady production and authority approval', () => {
    const fifteen = Array.from({ length: 15 }, () => ok1); // 15 × 2 = 30
    expect(switchingState(fifteen).mode).toBe('normal');
    expect(switchingState(fifteen).switchingScore).toBe(30);
    expect(switchingState(fifteen, { authorityApprovesReduced: true }).mode).toBe('reduced');
    expect(switchingState(fifteen.slice(0, 14), { authorityApprovesReduced: true }).mode).toBe('normal');
    const unsteady = [...fifteen.slice(0, 14), { ...ok1, productionSteady: false }];
    expect(switchingState(unsteady, { authorityApprovesReduced: true }).mode).toBe('normal');
    const tenAc7 = Array.from({ length: 10 }, () => ac7(3)); // 10 × 3 = 30
    expect(switchingState(tenAc7, { authorityApprovesReduced: true }).mode).toBe('reduced');
  });

  it('a rejected lot resets the score', () => {
    const s = switchingState([...Array.from({ length: 14 }, () => ok1), bad1, ok1], {
      authorityApprovesReduced: true,
    });
    expect(s.switchingScore).toBe(2);
    expect(s.mode).toBe('normal');
  });

  it('reduced → normal on a rejection, an Ac<d<Re acceptance (Z1.4), or irregular production', () => {
    const toReduced = Array.from({ length: 15 }, () => ok1);
    const o = { authorityApprovesReduced: true };
    expect(switchingState([...toReduced, ok1], o).mode).toBe('reduced');
    expect(switchingState([...toReduced, bad1], o).mode).toBe('normal');
    const gap: SwitchingLot = { accepted: true, acceptNumber: 1, nonconforming: 2 }; // reduced plan 1/3
    const s = switchingState([...toReduced, gap], o);
    expect(s.mode).toBe('normal');
    expect(s.events.at(-1)).toMatchObject({
      code: 'reduced-to-normal',
      params: { reason: 'accepted-between-ac-re' },
    });
    expect(switchingState([...toReduced, { ...ok1, productionSteady: false }], o).mode).toBe('normal');
    // Score restarts at zero on the new normal spell.
    expect(switchingState([...toReduced, bad1, ok1], o).switchingScore).toBe(2);
  });
});

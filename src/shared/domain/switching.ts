import type { InspectionSeverity } from './aql';

/**
 * Switching rules of ISO 2859-1:1999 clause 9 (switching score, 9.3.3.2) applied to a supplier's
 * history of lots on original inspection, as a pure replay from the start of normal inspection.
 */

export type SwitchingMode = InspectionSeverity | 'discontinued';

export interface SwitchingLot {
  type?: 'lot';
  /** Lot accepted on original (first) inspection. Resubmitted lots must not be included. */
  accepted: boolean;
  /** Ac of the single sampling plan that was used. */
  acceptNumber: number;
  /** Nonconforming items (or nonconformities) found in the sample. */
  nonconforming: number;
  /**
   * Ac of the plan one AQL step tighter for the same sample size (see tighterAcceptNumber in
   * sampling.ts); needed by the switching score only when acceptNumber ≥ 2.
   */
  tighterAcceptNumber?: number | null;
  /** Production steady when this lot was made; false on reduced sends inspection back to normal. */
  productionSteady?: boolean;
}

/** The supplier has taken corrective action after discontinuation: resume on tightened (9.4). */
export interface ResumeAfterCorrectiveAction {
  type: 'resume';
}

export type SwitchingHistoryItem = SwitchingLot | ResumeAfterCorrectiveAction;

export interface SwitchingOptions {
  /** Responsible authority agrees to reduced inspection (9.3.3 c). Default false. */
  authorityApprovesReduced?: boolean;
  /** Switching score threshold for normal → reduced. Default 30 (9.3.3 a). */
  reducedScoreThreshold?: number;
}

export type SwitchingEventCode =
  | 'normal-to-tightened'
  | 'tightened-to-normal'
  | 'normal-to-reduced'
  | 'reduced-to-normal'
  | 'discontinued'
  | 'resumed-tightened';

export interface SwitchingEvent {
  /** Index in the history of the item that triggered the switch. */
  index: number;
  code: SwitchingEventCode;
  params?: Record<string, unknown>;
}

export interface SwitchingState {
  /** Severity to use for the next lot. */
  mode: SwitchingMode;
  /** Current switching score (meaningful on normal inspection only). */
  switchingScore: number;
  /** Lots not accepted among the last ≤5 lots on the current normal spell. */
  recentNormalRejections: number;
  /** Consecutive accepted lots on the current tightened spell. */
  consecutiveAcceptedOnTightened: number;
  /** Lots not accepted on the current tightened spell (5 → discontinue). */
  rejectedOnTightened: number;
  events: SwitchingEvent[];
}

export function initialSwitchingState(): SwitchingState {
  return {
    mode: 'normal',
    switchingScore: 0,
    recentNormalRejections: 0,
    consecutiveAcceptedOnTightened: 0,
    rejectedOnTightened: 0,
    events: [],
  };
}

/**
 * Switching score update for one lot on normal inspection, single sampling (9.3.3.2 a):
 * Ac ≥ 2: +3 if the lot would also have been accepted at one AQL step tighter, else reset to 0;
 * Ac 0 or 1: +2 if the lot is accepted, else reset to 0.
 */
export function nextSwitchingScore(score: number, lot: SwitchingLot): number {
  if (!lot.accepted) return 0;
  if (lot.acceptNumber >= 2) {
    const tighter = lot.tighterAcceptNumber;
    return tighter !== null && tighter !== undefined && lot.nonconforming <= tighter ? score + 3 : 0;
  }
  return score + 2;
}

/** Replays the history; the window of normal lots restarts at every switch back to normal. */
export function switchingState(
  history: readonly SwitchingHistoryItem[],
  options: SwitchingOptions = {},
): SwitchingState {
  const threshold = options.reducedScoreThreshold ?? 30;
  const s = initialSwitchingState();
  let normalWindow: boolean[] = [];

  const enterNormal = (index: number, code: SwitchingEventCode, params?: Record<string, unknown>) => {
    s.mode = 'normal';
    s.switchingScore = 0;
    normalWindow = [];
    s.events.push({ index, code, ...(params ? { params } : {}) });
  };
  const enterTightened = (index: number, code: SwitchingEventCode) => {
    s.mode = 'tightened';
    s.consecutiveAcceptedOnTightened = 0;
    s.rejectedOnTightened = 0;
    s.events.push({ index, code });
  };

  history.forEach((item, index) => {
    if (item.type === 'resume') {
      if (s.mode === 'discontinued') enterTightened(index, 'resumed-tightened');
      return;
    }
    const lot = item;
    switch (s.mode) {
      case 'discontinued':
        // No lot is accepted under the standard until corrective action; ignore stray records.
        return;
      case 'normal': {
        normalWindow = [...normalWindow, lot.accepted].slice(-5);
        const rejected = normalWindow.filter((a) => !a).length;
        if (rejected >= 2) {
          enterTightened(index, 'normal-to-tightened');
          return;
        }
        s.switchingScore = nextSwitchingScore(s.switchingScore, lot);
        const steady = lot.productionSteady ?? true;
        if (s.switchingScore >= threshold && steady && options.authorityApprovesReduced) {
          s.mode = 'reduced';
          s.events.push({ index, code: 'normal-to-reduced', params: { switchingScore: s.switchingScore } });
        }
        return;
      }
      case 'tightened': {
        if (lot.accepted) {
          s.consecutiveAcceptedOnTightened += 1;
          if (s.consecutiveAcceptedOnTightened >= 5) enterNormal(index, 'tightened-to-normal');
          return;
        }
        s.consecutiveAcceptedOnTightened = 0;
        s.rejectedOnTightened += 1;
        if (s.rejectedOnTightened >= 5) {
          s.mode = 'discontinued';
          s.events.push({ index, code: 'discontinued', params: { rejected: s.rejectedOnTightened } });
        }
        return;
      }
      case 'reduced': {
        // Z1.4 10.1.4: with the Z1.4 reduced table a lot may be accepted with Ac < d < Re; that lot
        // also reinstates normal inspection. ISO 1999 tables have Re = Ac + 1, so this never fires.
        const inGap = lot.accepted && lot.nonconforming > lot.acceptNumber;
        const steady = lot.productionSteady ?? true;
        if (!lot.accepted || inGap || !steady) {
          enterNormal(index, 'reduced-to-normal', {
            reason: !lot.accepted
              ? 'lot-not-accepted'
              : inGap
                ? 'accepted-between-ac-re'
                : 'production-irregular',
          });
        }
        return;
      }
    }
  });
  s.recentNormalRejections = s.mode === 'normal' ? normalWindow.filter((a) => !a).length : 0;
  return s;
}

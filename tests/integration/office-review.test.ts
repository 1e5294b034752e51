import { describe, expect, test } from 'vitest';
import { href, parseRoute } from '../../src/app/router';
import { openAssignments } from '../../src/features/assignments/assigned-list';
import { needsComment } from '../../src/features/office/DecisionPanel';
import { queuePath, readFilters } from '../../src/features/office/queue-filters';
import type { Assignment, Inspection } from '../../src/shared/schema';

const ORDER = '0190a0a0-0000-7000-8000-000000000001';
const FACTORY = '0190a0a0-0000-7000-8000-000000000002';
const ME = '0190a0a0-0000-7000-8000-000000000003';

const assignment = (id: string, over: Partial<Assignment> = {}): Assignment => ({
  id,
  orderId: ORDER,
  factoryId: FACTORY,
  inspectorId: ME,
  stage: 'inline',
  plannedDate: '2026-12-10',
  note: null,
  createdBy: ME,
  createdAt: '2026-11-01T08:00:00.000Z',
  cancelledAt: null,
  ...over,
});

describe('the review queue filters', () => {
  test('are read from the hash query, and a hand-edited bad value is dropped', () => {
    const { values, cursor } = readFilters(
      'stage=final&result=maybe&decision=none&from=2026-11-01&cursor=50',
    );
    expect(values).toEqual({ stage: 'final', decision: 'none', from: '2026-11-01' });
    expect(cursor).toBe(50);
  });

  test('become the server query with the contract’s field names', () => {
    const path = queuePath({ factory: FACTORY, inspector: ME, stage: 'final' }, 0);
    const params = new URL(path, 'http://x').searchParams;
    expect(params.get('factoryId')).toBe(FACTORY);
    expect(params.get('inspectorId')).toBe(ME);
    expect(params.get('stage')).toBe('final');
    expect(params.has('cursor')).toBe(false);
  });
});

describe('routes with a query', () => {
  test('still match their screen, and the start link carries the preset stage', () => {
    expect(parseRoute('#/office?stage=final')).toEqual({ name: 'office' });
    expect(parseRoute(href.order(ORDER, { stage: 'inline' }))).toEqual({ name: 'order', id: ORDER });
    expect(href.order(ORDER, { stage: 'inline' })).toBe(`#/orders/${ORDER}?stage=inline`);
    expect(parseRoute(href.officeOrder(ORDER))).toEqual({ name: 'officeOrder', id: ORDER });
  });
});

test('reject and re-inspect need a comment; the other decisions do not', () => {
  expect(needsComment('reject')).toBe(true);
  expect(needsComment('re_inspect')).toBe(true);
  expect(needsComment('approve')).toBe(false);
  expect(needsComment('hold')).toBe(false);
});

test('an assignment leaves the phone’s list when cancelled or once its inspection is started', () => {
  const started = {
    orderId: ORDER,
    stage: 'inline',
    startedAt: '2026-11-02T08:00:00.000Z',
  } as Inspection;
  const list = openAssignments(
    [
      assignment('0190a0a0-0000-7000-8000-00000000000a', { plannedDate: '2026-12-20', stage: 'final' }),
      assignment('0190a0a0-0000-7000-8000-00000000000b', { cancelledAt: '2026-11-01T09:00:00.000Z' }),
      assignment('0190a0a0-0000-7000-8000-00000000000c'),
      assignment('0190a0a0-0000-7000-8000-00000000000d', { stage: 'final', plannedDate: '2026-12-05' }),
    ],
    [started],
  );
  expect(list.map((a) => a.id.slice(-1))).toEqual(['d', 'a']);
});

import { describe, expect, test } from 'vitest';
import { Defect, Inspection, Order, SpecSheet, User } from '../../../src/shared/schema';
import { Mutation, PushRequest } from '../../../src/shared/sync-protocol';
import { aDefect, anInspection, ids } from '../../fixtures/records';

const issuePaths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.path.join('.'));

describe('record schemas', () => {
  test('a complete inspection header parses unchanged', () => {
    const inspection = anInspection();
    expect(Inspection.parse(inspection)).toEqual(inspection);
  });

  test('an inspection with a lot of one, an unknown stage or a non-uuid id is refused at that field', () => {
    expect(issuePaths(Inspection.safeParse(anInspection({ lotSize: 1 })))).toEqual(['lotSize']);
    expect(issuePaths(Inspection.safeParse({ ...anInspection(), stage: 'lunch' }))).toEqual(['stage']);
    expect(issuePaths(Inspection.safeParse(anInspection({ id: 'not-a-uuid' })))).toEqual(['id']);
  });

  test('critical AQL may be null (none allowed) but major must be a positive number', () => {
    expect(
      Inspection.safeParse(anInspection({ aql: { level: 'II', critical: null, major: 2.5, minor: 4 } }))
        .success,
    ).toBe(true);
    const bad = { ...anInspection(), aql: { level: 'II', critical: null, major: -1, minor: 4 } };
    expect(issuePaths(Inspection.safeParse(bad))).toEqual(['aql.major']);
  });

  test('a defect needs a positive whole quantity and a known severity', () => {
    expect(Defect.parse(aDefect())).toEqual(aDefect());
    expect(issuePaths(Defect.safeParse(aDefect({ quantity: 0 })))).toEqual(['quantity']);
    expect(issuePaths(Defect.safeParse(aDefect({ quantity: 1.5 })))).toEqual(['quantity']);
    expect(issuePaths(Defect.safeParse({ ...aDefect(), severity: 'cosmetic' }))).toEqual(['severity']);
  });

  test('a user role outside the four roles is refused', () => {
    const user = {
      id: ids.inspector,
      username: 'li.wei',
      displayName: '李伟',
      role: 'inspector',
      factoryIds: [],
    };
    expect(User.parse(user)).toEqual(user);
    expect(issuePaths(User.safeParse({ ...user, role: 'boss' }))).toEqual(['role']);
    expect(issuePaths(User.safeParse({ ...user, username: 'Li Wei' }))).toEqual(['username']);
  });

  test('an order needs at least one line and a yyyy-mm-dd ex-factory date', () => {
    const order = {
      id: ids.order,
      po: 'PO-1',
      customer: 'Nordwear',
      factoryId: ids.factory,
      merchandiserId: null,
      styleCode: 'ST-1',
      styleName: { zh: '衬衫', en: 'Shirt' },
      colours: [{ code: 'NVY', name: { zh: '藏青', en: 'Navy' } }],
      sizes: ['M'],
      lines: [{ colour: 'NVY', size: 'M', quantity: 100 }],
      exFactoryDate: '2026-12-20',
      currentStage: 'inline',
      aqlPreset: { level: 'II', critical: null, major: 2.5, minor: 4 },
      specSheetId: ids.specSheet,
      checklistId: ids.checklist,
      defectLibraryId: ids.library,
      status: 'open',
      version: 1,
    };
    expect(Order.safeParse(order).success).toBe(true);
    expect(issuePaths(Order.safeParse({ ...order, lines: [] }))).toEqual(['lines']);
    expect(issuePaths(Order.safeParse({ ...order, exFactoryDate: '20/12/2026' }))).toEqual(['exFactoryDate']);
  });

  test('a spec sheet unit is cm or inch and tolerances are not negative', () => {
    const sheet = {
      id: ids.specSheet,
      styleCode: 'ST-1',
      version: 1,
      unit: 'inch',
      sizes: ['M'],
      points: [
        {
          code: 'A',
          name: { zh: '胸围', en: 'Chest' },
          critical: true,
          tolMinus: 0.5,
          tolPlus: 0.25,
          targets: { M: 21 },
        },
      ],
    };
    expect(SpecSheet.safeParse(sheet).success).toBe(true);
    expect(issuePaths(SpecSheet.safeParse({ ...sheet, unit: 'mm' }))).toEqual(['unit']);
    const negative = { ...sheet, points: [{ ...sheet.points[0], tolMinus: -1 }] };
    expect(issuePaths(SpecSheet.safeParse(negative))).toEqual(['points.0.tolMinus']);
  });
});

describe('sync protocol schemas', () => {
  test('a push carries typed mutations whose args are full records', () => {
    const push = {
      protocolVersion: 1,
      clientId: ids.inspection,
      mutations: [
        { seq: 1, name: 'inspection.start', args: anInspection() },
        { seq: 2, name: 'defect.add', args: aDefect() },
      ],
    };
    expect(PushRequest.parse(push)).toEqual(push);
  });

  test('an unknown mutation name or a defect with a bad severity is refused', () => {
    expect(Mutation.safeParse({ seq: 1, name: 'order.delete', args: {} }).success).toBe(false);
    expect(
      Mutation.safeParse({ seq: 1, name: 'defect.add', args: { ...aDefect(), severity: 'x' } }).success,
    ).toBe(false);
    expect(
      PushRequest.safeParse({ protocolVersion: 1, clientId: ids.inspection, mutations: [] }).success,
    ).toBe(false);
  });
});

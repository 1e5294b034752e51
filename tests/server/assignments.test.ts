import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACTORY } from '../../sync-server/seed/demo-ids';
import { insertUser } from '../../sync-server/db/records';
import { writeTransaction } from '../../sync-server/db/write-transaction';
import { hashPassword } from '../../sync-server/services/passwords';
import { ORDER, USER } from './builders';
import { createHarness, DB_KINDS, type Harness } from './harness';
import { DEMO_PASSWORD, getJson, loginCookie } from './http';
import { pullAll, pulledRecords } from './pulling';

describe.each(DB_KINDS)('office assignments on %s', (kind) => {
  let h: Harness;
  let office: string;
  let merch: string;
  let inspector: string;
  let other: string;
  // A second inspector who works only in Lida: same factory as the jacket, not the shirt.
  const lidaInspector = {
    id: randomUUID(),
    username: 'inspector2',
    displayName: 'Second Inspector',
    role: 'inspector' as const,
    factoryIds: [FACTORY.lida],
  };

  const post = (cookie: string, url: string, payload: object = {}) =>
    h.app.inject({ method: 'POST', url, headers: { cookie }, payload });
  const plan = (orderId: string, inspectorId: string) => ({
    orderId,
    inspectorId,
    stage: 'final',
    plannedDate: '2026-12-01',
    note: null,
  });

  beforeAll(async () => {
    h = await createHarness(kind);
    const hash = await hashPassword(DEMO_PASSWORD('inspector2'));
    await writeTransaction(h.database, (trx) => insertUser(trx, lidaInspector, hash));
    [office, merch, inspector, other] = await Promise.all([
      loginCookie(h.app, 'office'),
      loginCookie(h.app, 'merch'),
      loginCookie(h.app, 'inspector'),
      loginCookie(h.app, 'inspector2'),
    ]);
  });
  afterAll(() => h.close());

  it('sends an assignment only to the assigned inspector phone, cancellation included', async () => {
    const res = await post(office, '/api/office/assignments', plan(ORDER.jacket, USER.inspector));
    expect(res.statusCode).toBe(201);
    const { assignment } = res.json();
    expect(assignment).toMatchObject({ factoryId: FACTORY.lida, createdBy: USER.office, cancelledAt: null });
    expect((await post(office, `/api/office/assignments/${assignment.id}/cancel`)).statusCode).toBe(200);
    const mine = pulledRecords((await pullAll(h, inspector, 100)).changes, 'assignment');
    expect(mine.get(assignment.id)).toMatchObject({ id: assignment.id, cancelledAt: expect.any(String) });
    const theirs = pulledRecords((await pullAll(h, other, 100)).changes, 'assignment');
    expect(theirs.has(assignment.id)).toBe(false);
  });

  it('answers 400 to an assignment for an inspector outside the order factory or a non-inspector', async () => {
    for (const inspectorId of [lidaInspector.id, USER.merch]) {
      const res = await post(office, '/api/office/assignments', plan(ORDER.shirt, inspectorId));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('invalid-request');
    }
  });

  it('lets a merchandiser plan its own orders only and lists assignments by order and inspector', async () => {
    expect((await post(merch, '/api/office/assignments', plan(ORDER.shirt, USER.inspector))).statusCode).toBe(
      201,
    );
    expect(
      (await post(merch, '/api/office/assignments', plan(ORDER.jacket, USER.inspector))).statusCode,
    ).toBe(403);
    const shirt = await getJson(h.app, merch, `/api/office/assignments?orderId=${ORDER.shirt}`);
    expect(shirt.body.assignments).toHaveLength(1);
    const theirs = await getJson(h.app, office, `/api/office/assignments?inspectorId=${lidaInspector.id}`);
    expect(theirs.body.assignments).toEqual([]);
    // The jacket plan of the first test is not the merchandiser's order.
    expect((await getJson(h.app, merch, '/api/office/assignments')).body.assignments).toHaveLength(1);
  });

  it('refuses an inspector to assign and lists inspectors for the planning form', async () => {
    expect(
      (await post(inspector, '/api/office/assignments', plan(ORDER.jacket, USER.inspector))).statusCode,
    ).toBe(403);
    const users = await getJson(h.app, merch, '/api/office/users?role=inspector');
    expect(users.body.users.map((u: { id: string }) => u.id).sort()).toEqual(
      [USER.inspector, lidaInspector.id].sort(),
    );
  });
});

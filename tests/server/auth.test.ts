import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionResponse } from '../../src/shared/api';
import { USER } from './builders';
import { createHarness, DB_KINDS, type Harness } from './harness';
import { loginCookie } from './http';

const DAY = 24 * 60 * 60 * 1000;

describe.each(DB_KINDS)('authentication on %s', (kind) => {
  let h: Harness;
  let clock = new Date('2026-11-22T08:00:00.000Z');
  beforeAll(async () => {
    h = await createHarness(kind, { now: () => clock });
  });
  afterAll(() => h.close());

  const login = (username: string, password: string) =>
    h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password, deviceName: 'Pixel 7' },
    });
  const me = (cookie?: string) =>
    h.app.inject({ method: 'GET', url: '/api/auth/me', headers: cookie ? { cookie } : {} });

  it('a correct login returns the user and sets a 90-day httpOnly session cookie', async () => {
    const res = await login('inspector', 'demo-inspector');
    expect(res.statusCode).toBe(200);
    const body = SessionResponse.parse(res.json());
    expect(body.user).toMatchObject({ id: USER.inspector, role: 'inspector' });
    expect(JSON.stringify(body)).not.toContain('scrypt');
    const cookie = res.cookies.find((c) => c.name === 'qc_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 90 * 24 * 3600 });
    expect(cookie?.secure).toBeFalsy();
  });

  it('a wrong password and an unknown user get the same 401 body', async () => {
    const wrong = await login('inspector', 'not-the-password');
    const unknown = await login('nobody', 'demo-inspector');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.body).toBe(unknown.body);
    expect(wrong.json()).toEqual({ error: { code: 'invalid-credentials', message: expect.any(String) } });
    expect(wrong.cookies).toHaveLength(0);
  });

  it('a login body that breaks the schema is refused with 400', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid-request');
  });

  it('every protected route answers 401 auth-required without a session', async () => {
    const routes = [
      ['GET', '/api/auth/me'],
      ['POST', '/api/auth/logout'],
      ['POST', '/api/sync/push'],
      ['GET', '/api/sync/pull'],
      ['GET', '/api/office/inspections'],
      ['GET', `/api/office/inspections/${USER.inspector}`],
    ] as const;
    for (const [method, url] of routes) {
      const res = await h.app.inject({ method, url, headers: { cookie: 'qc_session=forged' } });
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error.code, url).toBe('auth-required');
    }
  });

  it('me returns the signed-in user', async () => {
    const res = await me(await loginCookie(h.app, 'merch'));
    expect(res.statusCode).toBe(200);
    expect(res.json().user.username).toBe('merch');
  });

  it('logout deletes the server session so the same cookie no longer works', async () => {
    const cookie = await loginCookie(h.app, 'office');
    const out = await h.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, 'content-type': 'application/json' },
    });
    expect(out.statusCode).toBe(204);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('a session slides: weeks offline never lock a device out, 90 silent days do', async () => {
    const cookie = await loginCookie(h.app, 'inspector');
    clock = new Date(clock.getTime() + 80 * DAY);
    const later = await me(cookie);
    expect(later.statusCode).toBe(200);
    expect(later.cookies.find((c) => c.name === 'qc_session')?.maxAge).toBe(90 * 24 * 3600);
    clock = new Date(clock.getTime() + 80 * DAY);
    expect((await me(cookie)).statusCode).toBe(200);
    clock = new Date(clock.getTime() + 91 * DAY);
    expect((await me(cookie)).statusCode).toBe(401);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './harness';

// Serving the PWA does not touch the database, so this suite runs on SQLite only.
describe('serving the built PWA', () => {
  let h: Harness;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'qc-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>QC</title>');
    writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(join(dist, 'manifest.webmanifest'), '{}');
    writeFileSync(join(dist, 'assets', 'index-3f9a1c.js'), 'console.log(1);');
    h = await createHarness('sqlite', { staticDir: dist });
  });
  afterAll(async () => {
    await h.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (url: string, accept = '*/*') => h.app.inject({ method: 'GET', url, headers: { accept } });

  it('serves index.html at / and the service worker and manifest with Cache-Control no-cache', async () => {
    for (const url of ['/', '/sw.js', '/manifest.webmanifest']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('serves hashed assets as immutable', async () => {
    const res = await get('/assets/index-3f9a1c.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers a browser navigation to a client route with the app shell', async () => {
    const res = await get('/inspections/123', 'text/html,application/xhtml+xml');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>QC</title>');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('answers a missing file that is not a page navigation with a JSON 404', async () => {
    const res = await get('/assets/missing.js');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not-found');
  });

  it('keeps API errors as JSON even for a browser navigation', async () => {
    const res = await get('/api/nope', 'text/html');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('auth-required');
  });
});

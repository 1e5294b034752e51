/**
 * `npm run bench`: the inspector-app performance targets, measured in Debian's Chromium on
 * this machine against the production build and the real server. Prints a markdown table
 * (copied into docs/benchmarks.md with the date) and exits 0 whatever the numbers: targets
 * are reported, not asserted — timing belongs here, never in the test suite.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from 'vite';
import { launchChromium, PHONE } from '../tests/support/browser';
import { makeFabricJpeg } from '../tests/fixtures/make-test-jpeg';
import { startServer } from '../tests/support/server-process';
import { initialJsRow } from './bench/bundle-size';
import { recordFirstAppearance, timeKeypadEntry, timeRouteUntilText } from './bench/in-page';
import { seedBigInspection } from './bench/seed-big-inspection';
import { fmt, markdownTable, summary, type BenchRow } from './bench/stats';

const root = resolve(import.meta.dirname, '..');
const rows: BenchRow[] = [];
const browser = await launchChromium();

rows.push(initialJsRow(resolve(root, 'dist')));

// 1. Module-level benchmarks on a Vite-served page: durable defect tap, photo downscale.
const vite = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  server: { port: 0, host: '127.0.0.1' },
});
await vite.listen();
const viteUrl = vite.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
{
  const page = await browser.newPage();
  await page.goto(`${viteUrl}tests/bench/page.html`);
  await page.waitForFunction(() => document.title === 'bench ready', undefined, { timeout: 60_000 });
  type BenchWindow = {
    bench: {
      defectTaps: (n: number) => Promise<number[]>;
      downscale: (
        n: number,
        jpeg: string,
      ) => Promise<{ times: number[]; inputBytes: number; outputBytes: number }>;
    };
  };
  await page.evaluate(() => (window as unknown as BenchWindow).bench.defectTaps(30)); // warm-up
  const taps = summary(await page.evaluate(() => (window as unknown as BenchWindow).bench.defectTaps(500)));
  rows.push({
    name: `defect tap → record + outbox committed, strict durability (n=${taps.n}, p50 ${fmt(taps.p50)})`,
    value: `p95 ${fmt(taps.p95)}`,
    target: 'p95 ≤ 16 ms',
    ok: taps.p95 <= 16,
  });
  try {
    const jpeg = (await makeFabricJpeg(browser)).toString('base64');
    const shots = await page.evaluate(
      (input) => (window as unknown as BenchWindow).bench.downscale(5, input),
      jpeg,
    );
    const times = summary(shots.times);
    rows.push({
      name: `12 MP JPEG (${(shots.inputBytes / 1e6).toFixed(1)} MB) → ≤1600 px JPEG of ${(shots.outputBytes / 1024).toFixed(0)} KB, hashed (n=${times.n})`,
      value: `max ${fmt(times.max)}, p50 ${fmt(times.p50)}`,
      target: '≤ 1.5 s',
      ok: times.max <= 1500,
    });
  } catch (error) {
    rows.push({
      name: '12 MP JPEG downscale',
      value: `not measured: ${String(error).slice(0, 80)}`,
      target: '≤ 1.5 s',
      ok: false,
    });
  }
  await page.close();
}
await vite.close();

// 2. The real app: a big inspection opened and typed into, on a phone-sized context.
const server = await startServer();
try {
  const context = await browser.newContext(PHONE);
  // tsx compiles with keepNames, which wraps functions in `__name(...)`: the functions handed
  // to page.evaluate below need that helper in the page.
  await context.addInitScript({ content: 'window.__name = (fn) => fn;' });
  const page = await context.newPage();
  await page.goto(server.url + '/');
  await page.getByTestId('login-username').fill('inspector');
  await page.getByTestId('login-password').fill('demo-inspector');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('order-item').first().waitFor({ timeout: 30_000 });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const inspectionId = '0193b000-0000-7000-8000-000000000000';
  const seeded = await page.evaluate(seedBigInspection, {
    inspectionId,
    samples: 200,
    defects: 300,
    idPrefix: '0193b001',
  });

  await context.addInitScript({ content: recordFirstAppearance('[data-testid="defect-total"]') });
  // A hash-only goto is a same-document navigation: reload for a real cold open.
  await page.goto(`${server.url}/#/inspections/${inspectionId}`);
  await page.reload();
  await page.waitForFunction(() => '__firstSeen' in window, undefined, {
    timeout: 20_000,
  });
  const cold = await page.evaluate(() => (window as unknown as { __firstSeen: number }).__firstSeen);
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.evaluate(() => (location.hash = '#/'));
    await page.getByTestId('order-list').waitFor();
    warm.push(
      await page.evaluate(timeRouteUntilText, {
        hash: `#/inspections/${inspectionId}`,
        selector: '[data-testid="defect-total"]',
        text: String(seeded.defects),
      }),
    );
  }
  const warmStats = summary(warm);
  rows.push({
    name: `open an inspection with ${seeded.readings} readings and ${seeded.defects} defects, from the order list (n=5, p50 ${fmt(warmStats.p50)}); cold page load ${fmt(cold)}`,
    value: `max ${fmt(warmStats.max)}`,
    target: '≤ 500 ms',
    ok: warmStats.max <= 500 && cold <= 500,
  });

  await page.getByTestId('tab-measurements').click();
  await page.getByTestId('measure-grid').waitFor();
  const entry = await page.evaluate(timeKeypadEntry, 25);
  const keys = summary(entry.keys);
  const commits = summary(entry.commits);
  rows.push({
    name: `measurement entry on that inspection: key press → display (n=${keys.n}, p50 ${fmt(keys.p50)}); save-and-next (n=${commits.n}, p95 ${fmt(commits.p95)})`,
    value: `p95 ${fmt(Math.max(keys.p95, commits.p95))}`,
    target: 'p95 ≤ 50 ms',
    ok: Math.max(keys.p95, commits.p95) <= 50,
  });
  await context.close();
} finally {
  await server.stop();
  await browser.close();
}

const table = markdownTable(rows);
console.log(`\nChromium ${browser.version?.() ?? ''} · ${new Date().toISOString()}\n\n${table}\n`);
mkdirSync(resolve(root, '.tmp'), { recursive: true });
writeFileSync(resolve(root, '.tmp/bench-results.md'), table + '\n');

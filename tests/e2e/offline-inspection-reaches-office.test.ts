import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, PHONE, launchChromium } from '../support/browser';
import { startServer, type ServerProcess } from '../support/server-process';

/**
 * The Foundation promise, end to end in real Chromium against the real server on SQLite:
 * an inspection recorded with no network survives reloads and reaches the office exactly once.
 */
let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function login(page: Page, username: string, password: string): Promise<void> {
  await page.goto(server.url + '/');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // A page is controlled only after a navigation made once the worker is active.
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('an inspection recorded offline survives reloads and reaches the office with exactly its defects', async () => {
  const phone: BrowserContext = await browser.newContext(PHONE);
  const page = await phone.newPage();

  await login(page, 'inspector', 'demo-inspector');
  await expect.poll(() => page.getByTestId('order-item').count(), { timeout: 30_000 }).toBe(6);
  await waitForServiceWorkerControl(page);

  await phone.setOffline(true);
  await page.reload();
  await expect.poll(() => page.getByTestId('order-item').count()).toBe(6);

  await page.getByTestId('order-item').first().click();
  await page.getByTestId('start-inspection').click();
  await page.getByTestId('inspection-screen').waitFor();

  const defects = page.getByTestId('library-defect');
  for (const index of [0, 1, 2, 3, 4]) await defects.nth(index).click();
  await expect.poll(() => page.getByTestId('defect-total').textContent()).toBe('5');
  await expect.poll(() => page.getByTestId('pending-count').textContent()).toBe('6');

  await page.reload();
  await page.getByTestId('inspection-screen').waitFor();
  await expect.poll(() => page.getByTestId('defect-total').textContent()).toBe('5');
  await expect.poll(() => page.getByTestId('recorded-defect').count()).toBe(5);

  await phone.setOffline(false);
  await page.getByTestId('sync-now').click();
  await expect
    .poll(() => page.getByTestId('sync-state').getAttribute('data-state'), { timeout: 30_000 })
    .toBe('synced');
  await expect.poll(() => page.getByTestId('pending-count').textContent()).toBe('0');

  const office = await browser.newContext(DESKTOP);
  const desk = await office.newPage();
  await login(desk, 'office', 'demo-office');
  await desk.getByTestId('nav-office').click();
  await expect.poll(() => desk.getByTestId('office-inspection-row').count(), { timeout: 30_000 }).toBe(1);
  await expect(
    desk.getByTestId('office-inspection-row').first().getAttribute('data-defect-count'),
  ).resolves.toBe('5');
  await desk.getByTestId('office-inspection-row').first().click();
  await expect.poll(() => desk.getByTestId('office-defect-row').count()).toBe(5);

  await office.close();
  await phone.close();
});

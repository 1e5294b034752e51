import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, launchChromium } from '../support/browser';
import { startServer, type ServerProcess } from '../support/server-process';
import { tapDefects } from './flows/inspection-steps';
import { drawSignature, openTab, signedInPhone } from './flows/phone';

/**
 * The office loop in real Chromium against the real server: a phone submits, the office finds
 * the inspection in its queue, rejects it with a reason, and the inspector reads that reason on
 * the phone after a sync. The office also plans an inspection that then appears on the phone.
 */
let server: ServerProcess;
let browser: Browser;
const LONG = { timeout: 30_000 };

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function syncNow(page: Page): Promise<void> {
  await page.getByTestId('sync-now').click();
  await expect.poll(() => page.getByTestId('sync-state').getAttribute('data-state'), LONG).toBe('synced');
  await expect.poll(() => page.getByTestId('pending-count').textContent(), LONG).toBe('0');
}

/** A quick final inspection: a few defects, a reasoned recommendation, both signatures, submit. */
async function submitQuickInspection(page: Page): Promise<string> {
  await page.getByTestId('order-item').first().click();
  await page.getByTestId('start-stage').selectOption('final');
  await page.getByTestId('start-inspection').click();
  await page.getByTestId('inspection-screen').waitFor();
  await tapDefects(page, 'major', 3);
  await tapDefects(page, 'critical', 1, 5);
  await openTab(page, 'closing');
  await page.getByTestId('recommendation-fail').click();
  await page.getByTestId('recommendation-reason').fill('Open seams on several garments');
  await page.getByTestId('recommendation-save').click();
  for (const role of ['inspector', 'factory'] as const) {
    await drawSignature(page, `signature-pad-${role}`);
    await page.getByTestId(`signature-name-${role}`).fill(role === 'inspector' ? 'Li Wei' : 'Zhang Min');
    await page.getByTestId(`signature-save-${role}`).click();
    await page.getByTestId(`signature-saved-${role}`).waitFor();
  }
  await expect.poll(() => page.getByTestId('submit-inspection').isEnabled()).toBe(true);
  await page.getByTestId('submit-inspection').click();
  await page.getByTestId('locked-banner').waitFor();
  return (await page.getByTestId('inspection-screen').getAttribute('data-inspection-id')) ?? '';
}

async function officeDesk(): Promise<{ office: BrowserContext; desk: Page }> {
  const office = await browser.newContext({ ...DESKTOP, locale: 'en' });
  const desk = await office.newPage();
  await desk.goto(server.url + '/');
  await desk.getByTestId('login-username').fill('office');
  await desk.getByTestId('login-password').fill('demo-office');
  await desk.getByTestId('login-submit').click();
  await desk.getByTestId('nav-office').click();
  return { office, desk };
}

test('an office rejection with its reason reaches the inspector’s phone after a sync', async () => {
  const { phone, page } = await signedInPhone(browser, server.url, 'en');
  const inspectionId = await submitQuickInspection(page);
  await syncNow(page);

  const { office, desk } = await officeDesk();
  await desk.getByTestId('queue-filter-stage').selectOption('final');
  await desk.getByTestId('queue-filter-decision').selectOption('none');
  await desk.getByTestId('queue-apply').click();
  await expect.poll(() => desk.evaluate(() => location.hash)).toContain('stage=final');
  // The filters live in the URL: a reload keeps them.
  await desk.reload();
  await expect.poll(() => desk.getByTestId('queue-filter-stage').inputValue(), LONG).toBe('final');
  const row = desk.locator(`[data-testid="office-inspection-row"][data-inspection-id="${inspectionId}"]`);
  await expect.poll(() => row.count(), LONG).toBe(1);
  await expect.poll(() => desk.getByTestId('office-inspection-row').count()).toBe(1);
  expect(await row.getAttribute('data-defect-count')).toBe('4');

  await row.click();
  await expect.poll(() => desk.getByTestId('office-defect-row').count(), LONG).toBe(4);
  await expect.poll(() => desk.getByTestId('report').count()).toBe(1);
  await desk.getByTestId('decide-reject').click();
  await desk.getByTestId('decide-submit').click();
  await expect.poll(() => desk.getByTestId('decide-error').textContent()).toContain('needs a comment');
  await desk.getByTestId('decide-comment').fill('Seams open on 4 of 80 — re-sew and re-present');
  await desk.getByTestId('decide-submit').click();
  await expect
    .poll(() => desk.getByTestId('current-decision').getAttribute('data-decision'), LONG)
    .toBe('reject');
  await expect.poll(() => desk.getByTestId('audit-entry').count(), LONG).toBe(1);

  // The queue now shows the decision on the row.
  await desk.goto(`${server.url}/#/office`);
  await expect.poll(() => row.getAttribute('data-decision'), LONG).toBe('reject');

  await syncNow(page);
  const notice = page.getByTestId('phone-decision');
  await expect.poll(() => notice.getAttribute('data-decision'), LONG).toBe('reject');
  await expect.poll(() => notice.textContent()).toContain('re-sew and re-present');

  await office.close();
  await phone.close();
});

test('an inspection the office assigns appears in the inspector’s assigned list and starts with its stage', async () => {
  const { office, desk } = await officeDesk();
  const orderId = await desk.evaluate(async () => {
    const response = await fetch('/api/office/queue?limit=1');
    const body = (await response.json()) as { items: { order: { id: string } }[] };
    return body.items[0]?.order.id ?? '';
  });
  expect(orderId).not.toBe('');
  await desk.goto(`${server.url}/#/office/orders/${orderId}`);
  await expect.poll(() => desk.getByTestId('order-timeline-row').count(), LONG).toBeGreaterThan(0);
  await expect
    .poll(() => desk.locator('[data-testid="assign-inspector"] option').count(), LONG)
    .toBeGreaterThan(1);
  await desk.getByTestId('assign-inspector').selectOption({ index: 1 });
  await desk.getByTestId('assign-stage').selectOption('inline');
  await desk.getByTestId('assign-date').fill('2026-12-15');
  await desk.getByTestId('assign-submit').click();
  await expect.poll(() => desk.getByTestId('assignment-row').count(), LONG).toBe(1);

  const { phone, page } = await signedInPhone(browser, server.url, 'en');
  await syncNow(page);
  const assigned = page.getByTestId('home-assigned').getByTestId('assigned-item');
  await expect.poll(() => assigned.count(), LONG).toBe(1);
  expect(await assigned.first().getAttribute('data-order-id')).toBe(orderId);
  await assigned.first().getByTestId('start-assigned').click();
  await expect.poll(() => page.getByTestId('start-stage').inputValue(), LONG).toBe('inline');

  await office.close();
  await phone.close();
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { makeFabricJpeg } from '../fixtures/make-test-jpeg';
import { launchChromium } from '../support/browser';
import { startServer, type ServerProcess } from '../support/server-process';
import {
  answerChecklist,
  checkPacking,
  closeAndSubmit,
  measureAll,
  tapDefects,
} from './flows/inspection-steps';
import { openTab, signedInPhone, textOf } from './flows/phone';

/**
 * The inspector's promise (issue 4), in real Chromium at 360 × 640 with the network off from
 * the first tap to the report: a complete final inspection, then the same in the other
 * language. Bad input is refused with a message and changes nothing already saved. Only at
 * the end does the phone go online, and every mutation must be accepted by the server.
 */
let server: ServerProcess;
let browser: Browser;
const photoPath = join(process.cwd(), '.tmp', 'e2e-camera.jpg');

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  mkdirSync(join(process.cwd(), '.tmp'), { recursive: true });
  writeFileSync(photoPath, await makeFabricJpeg(browser, 2000, 1500));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.each([
  { locale: 'en' as const, order: 0 },
  { locale: 'zh-CN' as const, order: 1 },
])('a full final inspection with no network ($locale)', ({ locale, order }) => {
  test('runs from start to report offline, refuses bad input, then syncs without a single rejection', async () => {
    const { phone, page } = await signedInPhone(browser, server.url, locale);
    await page.getByTestId('lang-switch').selectOption(locale);
    await phone.setOffline(true);

    await page.getByTestId('order-item').nth(order).click();
    await page.getByTestId('start-stage').selectOption('final');
    await page.getByTestId('start-cartons').fill('120');
    await page.getByTestId('start-inspection').click();
    await page.getByTestId('inspection-screen').waitFor();

    // Bad input: a negative lot size is refused and the plan stays as it was.
    const sampleBefore = await page.getByTestId('plan-row').first().getAttribute('data-sample');
    await page.getByTestId('edit-plan').click();
    await page.getByTestId('lot-size').fill('-5');
    await page.getByTestId('plan-save').click();
    await expect.poll(() => textOf(page, 'header-error')).not.toBe('');
    await page.reload();
    await page.getByTestId('inspection-screen').waitFor();
    expect(await page.getByTestId('plan-row').first().getAttribute('data-sample')).toBe(sampleBefore);

    // 20 defects across classes; critical allows none, so it turns red at once.
    await tapDefects(page, 'critical', 2);
    await tapDefects(page, 'major', 10, 2);
    await tapDefects(page, 'minor', 8, 4);
    await expect.poll(() => textOf(page, 'defect-total')).toBe('20');
    const critical = page.locator('[data-testid="class-total"][data-class="critical"]');
    expect(await critical.getAttribute('data-state')).toBe('rejected');

    // Bad input: a quantity of -1 in the defect sheet is refused; the defect keeps quantity 1.
    await page.getByTestId('recorded-defect').first().click();
    await page.getByTestId('defect-qty').fill('-1');
    await page.getByTestId('defect-save').click();
    await expect.poll(() => textOf(page, 'defect-error')).not.toBe('');
    // A photo of that defect, taken from its sheet.
    const sheet = page.getByTestId('defect-sheet');
    await sheet.getByTestId('photo-input').setInputFiles(photoPath);
    await expect.poll(() => sheet.getByTestId('photo-thumb').count(), { timeout: 15_000 }).toBe(1);
    await page.getByTestId('defect-sheet-close').click();
    expect(await page.getByTestId('recorded-defect').first().getAttribute('data-quantity')).toBe('1');
    await expect.poll(() => textOf(page, 'defect-total')).toBe('20');

    // A general photo of the lot.
    await openTab(page, 'photos');
    await page.getByTestId('photo-input').first().setInputFiles(photoPath);
    await expect.poll(() => page.getByTestId('photo-thumb').count(), { timeout: 15_000 }).toBe(1);

    // 5 samples (one per size) × every point of measure, all on target (after a refused ".").
    const poms = await measureAll(page);
    expect(poms).toBeGreaterThanOrEqual(8);
    const outOfTolerance = await page
      .getByTestId('measure-summary-row')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-out')));
    expect(outOfTolerance.every((out) => out === '0')).toBe(true);
    await answerChecklist(page, photoPath);
    await checkPacking(page);

    await openTab(page, 'closing');
    const computed = (await page.getByTestId('verdict-result').getAttribute('data-result')) ?? '';
    expect(computed).toBe('fail');
    await closeAndSubmit(page, computed);

    // The report, rendered from the phone's own database.
    await page.getByTestId('open-report').click();
    await page.getByTestId('report').waitFor();
    await expect.poll(() => page.getByTestId('report-defect-row').count()).toBe(20);
    expect(await page.getByTestId('report-measure-row').count()).toBeGreaterThanOrEqual(5);
    await expect
      .poll(() => page.getByTestId('report-photo').count(), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId('report-signature').count()).toBe(2);

    // Back online: everything recorded offline is accepted by the server.
    await phone.setOffline(false);
    await page.getByTestId('sync-now').click();
    await expect
      .poll(() => page.getByTestId('sync-state').getAttribute('data-state'), { timeout: 60_000 })
      .toBe('synced');
    expect(await textOf(page, 'pending-count')).toBe('0');
    expect(await page.getByTestId('rejected-list').count()).toBe(0);
    await phone.close();
  });
});

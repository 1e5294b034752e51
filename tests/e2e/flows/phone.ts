import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PHONE } from '../../support/browser';

/** A phone signed in as the demo inspector, its app shell cached by the service worker. */
export async function signedInPhone(
  browser: Browser,
  url: string,
  locale: 'en' | 'zh-CN',
): Promise<{ phone: BrowserContext; page: Page }> {
  const phone = await browser.newContext({ ...PHONE, locale });
  const page = await phone.newPage();
  await page.goto(url + '/');
  await page.getByTestId('login-username').fill('inspector');
  await page.getByTestId('login-password').fill('demo-inspector');
  await page.getByTestId('login-submit').click();
  await expect.poll(() => page.getByTestId('order-item').count(), { timeout: 30_000 }).toBe(6);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { phone, page };
}

export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByTestId(`tab-${name}`).click();
}

/** Draws a zig-zag on a signature pad with the mouse (pointer events, as a finger would). */
export async function drawSignature(page: Page, testId: string): Promise<void> {
  const pad = page.getByTestId(testId);
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error(`${testId} is not visible`);
  await page.mouse.move(box.x + 10, box.y + box.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 12; step++) {
    await page.mouse.move(box.x + 10 + step * (box.width / 14), box.y + (step % 2 ? 10 : box.height - 10), {
      steps: 3,
    });
  }
  await page.mouse.up();
}

/** The number the element shows, e.g. "20" of defect-total. */
export const textOf = async (page: Page, testId: string): Promise<string> =>
  ((await page.getByTestId(testId).first().textContent()) ?? '').trim();

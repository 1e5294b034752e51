import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { drawSignature, openTab, textOf } from './phone';

/** Taps `count` defects of one severity from the library, spreading over several codes. */
export async function tapDefects(
  page: Page,
  severity: 'critical' | 'major' | 'minor',
  count: number,
  from = 0,
) {
  await page.getByTestId(`severity-${severity}`).click();
  const library = page.getByTestId('library-defect');
  for (let i = 0; i < count; i++) await library.nth((from + i) % 12).click();
}

/**
 * Measures every point of measure on one sample garment per size (5 sizes → 5 samples),
 * entering each reading as a deviation of 0 from the spec, i.e. exactly on target. The cursor
 * advances by itself: POM by POM, then to the next size. Returns the number of POMs.
 * A reading that is not a number is tried first and must be refused.
 */
export async function measureAll(page: Page): Promise<number> {
  await openTab(page, 'measurements');
  await page.getByTestId('measure-grid').waitFor();
  await page.getByTestId('measure-samples').fill('1');
  await page.getByTestId('measure-samples').blur();
  await page.getByTestId('deviation-toggle').click();
  // Bad input first: "." is not a reading; it is refused with a message and nothing is stored.
  await page.getByTestId('keypad-dot').click();
  await page.getByTestId('keypad-next').click();
  await expect.poll(() => textOf(page, 'measure-error')).not.toBe('');
  expect(await page.locator('[data-testid="measure-cell"][data-state="ok"]').count()).toBe(0);
  await page.getByTestId('keypad-back').click();
  const poms = await page.getByTestId('measure-summary-row').count();
  const sizes = await page.locator('[data-testid^="measure-size-"]').count();
  for (let i = 0; i < poms * sizes; i++) {
    await page.getByTestId('keypad-0').click();
    await page.getByTestId('keypad-next').click();
  }
  return poms;
}

/** Answers every checklist item: pass where possible, a photo first where one is required. */
export async function answerChecklist(page: Page, photoPath: string): Promise<void> {
  await openTab(page, 'checklist');
  const items = page.getByTestId('checklist-item');
  const count = await items.count();
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    if ((await item.getByTestId('photo-required').count()) > 0) {
      await item.getByTestId('photo-input').setInputFiles(photoPath);
      await expect
        .poll(() => item.getByTestId('photo-thumb').count(), { timeout: 15_000 })
        .toBeGreaterThan(0);
    }
    await item.getByTestId('answer-pass').click();
    await expect.poll(() => item.getAttribute('data-answer')).toBe('pass');
  }
}

/** Opens the first drawn carton and records its packing checks. */
export async function checkPacking(page: Page): Promise<void> {
  await openTab(page, 'packing');
  await page.getByTestId('carton-tick').first().click();
  await expect.poll(() => page.getByTestId('carton-tick').first().getAttribute('data-opened')).toBe('true');
  const checks = page.locator('[data-testid="packing-check"][data-kind="shipping_marks"]').first();
  await checks.getByTestId('packing-result-pass').click();
  await expect.poll(() => checks.getAttribute('data-result')).toBe('pass');
}

/** Recommendation as computed, one rectification, both signatures, then submit. */
export async function closeAndSubmit(page: Page, computed: string): Promise<void> {
  await openTab(page, 'closing');
  await page.getByTestId(`recommendation-${computed === 'pass' ? 'fail' : 'pass'}`).click();
  await page.getByTestId('recommendation-reason').fill('');
  await page.getByTestId('recommendation-save').click();
  await page.getByTestId('recommendation-error').waitFor();
  await page.getByTestId(`recommendation-${computed}`).click();
  await page.getByTestId('recommendation-save').click();
  await expect.poll(() => page.getByTestId('recommendation-error').count()).toBe(0);

  await page
    .getByTestId('rectification-text')
    .fill('Re-sew the open side seams; check all cartons of this colour');
  await page.getByTestId('rectification-owner').fill('Line 3 / 3号线');
  await page.getByTestId('rectification-due').fill('2026-12-01');
  await page.getByTestId('rectification-add').click();
  await expect.poll(() => page.getByTestId('rectification-row').count()).toBe(1);

  for (const role of ['inspector', 'factory'] as const) {
    await drawSignature(page, `signature-pad-${role}`);
    await page
      .getByTestId(`signature-name-${role}`)
      .fill(role === 'inspector' ? 'Li Wei 李伟' : 'Zhang Min 张敏');
    await page.getByTestId(`signature-save-${role}`).click();
    await page.getByTestId(`signature-saved-${role}`).waitFor();
  }
  await expect.poll(() => page.getByTestId('submit-inspection').isEnabled()).toBe(true);
  await page.getByTestId('submit-inspection').click();
  await page.getByTestId('locked-banner').waitFor();
  // Locked: the defect library no longer takes taps.
  await openTab(page, 'defects');
  expect(await textOf(page, 'defect-total')).toBe('20');
  expect(await page.getByTestId('library-defect').first().isDisabled()).toBe(true);
}

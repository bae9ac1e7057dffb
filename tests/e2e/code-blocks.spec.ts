import { expect, test } from '@playwright/test';
import { kb } from './kb';

test('Copy copies a code block exactly and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The first PowerShell block of a page whose first PowerShell block has several lines.
  const firstBlock = (body: string) => /```powershell\n([\s\S]*?)\n```/.exec(body)?.[1];
  const symptom = (await kb()).symptoms.find((s) => firstBlock(s.body)?.includes('\n'))!;
  const source = firstBlock(symptom.body)!;
  await page.goto(`/symptoms/${symptom.slug}/`);
  const button = page.getByRole('button', { name: 'Copy PowerShell code' }).first();
  await button.click();
  await expect(button).toHaveText(/Copied/);
  await expect(page.getByText('Copied', { exact: true })).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(source);
});

test('code is highlighted, and long lines scroll inside the block, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const symptom = (await kb()).symptoms.find((s) => /```\w+\n[^`]*?[^\n]{110,}/.test(s.body))!;
  await page.goto(`/symptoms/${symptom.slug}/`);
  const pres = page.locator('.code-block pre');
  await expect(pres.first()).toHaveClass(/shiki/);
  const blocks = await pres.evaluateAll((els) => els.map((el) => ({ scrolls: el.scrollWidth > el.clientWidth, overflow: getComputedStyle(el).overflowX })));
  expect(blocks.every((b) => b.overflow === 'auto')).toBe(true);
  expect(blocks.some((b) => b.scrolls)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

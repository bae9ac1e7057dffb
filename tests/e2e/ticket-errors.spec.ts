/** /errors/: every declared error, filtered as you type, and the full list without JavaScript. */
import { expect, test } from '@playwright/test';
import { kb } from './kb';

const declared = async () =>
  (await kb()).symptoms.flatMap((s) => s.errors.map((error) => ({ error, id: s.id, title: s.title, slug: s.slug })));

test('lists every declared error verbatim with its page and ID', async ({ page }) => {
  const all = await declared();
  await page.goto('/errors/');
  const items = page.getByTestId('error-index').locator('li');
  await expect(items).toHaveCount(all.length);
  const shown = await items.locator('code').allTextContents();
  expect([...shown].sort()).toEqual(all.map((e) => e.error).sort());
  for (const e of all.slice(0, 5)) {
    const item = items.filter({ has: page.locator('code', { hasText: e.error }) });
    await expect(item.getByRole('link', { name: e.title })).toHaveAttribute('href', `/symptoms/${e.slug}/`);
    await expect(item).toContainText(e.id);
  }
});

test('filters as you type: a pasted error with whitespace, a page ID, and nothing', async ({ page }) => {
  const all = await declared();
  const target = all[Math.floor(all.length / 2)]!;
  await page.goto('/errors/');
  const filter = page.getByLabel('Filter by error text, page title or ID');
  const items = page.getByTestId('error-index').locator('li');

  await filter.fill(`\n   ${target.error}   \n`);
  await expect(items.first()).toContainText(target.error);
  const count = await items.count();
  await expect(page.getByTestId('error-count')).toHaveText(`${count} of ${all.length} error messages match`);

  await filter.fill(target.id.toLowerCase());
  await expect(items).toHaveCount(all.filter((e) => e.id === target.id).length);

  await filter.fill('zz no such error zz');
  await expect(items).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Search for it' })).toBeVisible();

  await filter.fill('');
  await expect(items).toHaveCount(all.length);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the full list shows and no dead filter box does', async ({ page }) => {
    await page.goto('/errors/');
    await expect(page.getByTestId('error-index').locator('li')).toHaveCount((await declared()).length);
    await expect(page.getByLabel('Filter by error text, page title or ID')).toHaveCount(0);
  });
});

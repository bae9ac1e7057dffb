import { expect, test } from '@playwright/test';
import { searchIndexUrl, searchUrl } from '@/lib/routes';
import { auditedPages, settled } from './site';

/**
 * The search index is the largest file the site serves after its scripts (see `npm run size`); pages
 * that are only read must not pay for it. It is fetched the first time someone searches.
 */
test('the search index is fetched only once someone searches', async ({ page, context }) => {
  const fetched: string[] = [];
  // Context level, so a request from the search worker counts too.
  context.on('request', (r) => {
    if (new URL(r.url()).pathname === searchIndexUrl()) fetched.push(page.url());
  });

  const readOnly = (await auditedPages()).filter((p) => !p.url.startsWith(searchUrl()));
  for (const { url } of readOnly) {
    await page.goto(url);
    await settled(page);
  }
  expect(fetched, 'reading pages fetched the index').toEqual([]);

  await page.goto('/');
  await settled(page);
  const box = page.locator('form[role="search"] [name="q"]').first();
  await box.fill('x');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=x$/);
  await expect.poll(() => fetched.length).toBeGreaterThan(0);
});

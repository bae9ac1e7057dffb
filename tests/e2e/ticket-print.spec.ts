/** A symptom page printed for a change record: content only, links with their addresses. */
import { expect, test } from '@playwright/test';
import { kb } from './kb';

test('printing a symptom page hides navigation and buttons and shows link addresses', async ({ page, baseURL }) => {
  const symptom = (await kb()).symptoms.find((s) => s.related.length > 0 && s.errors.length > 0)!;
  await page.goto(`/symptoms/${symptom.slug}/`);
  await expect(page.getByRole('button', { name: 'Copy for ticket' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });

  await expect(page.locator('body > header')).toBeHidden();
  await expect(page.locator('body > footer')).toBeHidden();
  // CSS locators, not roles: hidden elements leave the accessibility tree, so a role query would find none.
  const hidden = page.locator('nav, button, input[type="search"], .no-print');
  expect(await hidden.count()).toBeGreaterThan(symptom.steps.length);
  for (const el of await hidden.all()) await expect(el).toBeHidden();

  // What the change record needs stays: title, ID, errors, every step.
  await expect(page.getByRole('heading', { level: 1, name: symptom.title })).toBeVisible();
  await expect(page.getByText(symptom.id, { exact: true }).first()).toBeVisible();
  for (const step of symptom.steps) await expect(page.locator(`section#${step.id} h3`)).toBeVisible();

  const related = page.locator('section[aria-labelledby="related-heading"] a').first();
  const href = await related.getAttribute('href');
  const after = await related.evaluate((a) => getComputedStyle(a, '::after').content);
  // Absolute, so the address on paper leads somewhere (components/print-links.tsx).
  expect(after).toBe(`" (${baseURL}${href})"`);
});

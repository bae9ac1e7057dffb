import { expect, test } from '@playwright/test';
import { CATEGORIES } from '@/lib/content/schema';
import { kb } from './kb';

test('home → category → symptom page shows title, ID, errors, steps', async ({ page }) => {
  const { symptoms } = await kb();
  const category = CATEGORIES.find((c) => symptoms.some((s) => s.category === c.key && s.errors.length > 0))!;
  const symptom = symptoms.find((s) => s.category === category.key && s.errors.length > 0)!;

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: category.label, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/categories/${category.key}/$`));
  await expect(page.getByRole('heading', { level: 1, name: category.label })).toBeVisible();

  await page.getByRole('link', { name: symptom.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/symptoms/${symptom.slug}/$`));
  await expect(page.getByRole('heading', { level: 1, name: symptom.title })).toBeVisible();
  await expect(page.getByText(symptom.id, { exact: true }).first()).toBeVisible();
  for (const error of symptom.errors) await expect(page.locator('code', { hasText: error }).first()).toBeVisible();
  for (const step of symptom.steps) {
    await expect(page.locator(`section#${step.id}`)).toBeVisible();
    await expect(page.locator(`section#${step.id} h3`)).toContainText(step.title);
  }
});

test('a step permalink opens the page at that step', async ({ page }) => {
  const { symptoms } = await kb();
  const symptom = symptoms.find((s) => s.steps.length >= 2)!;
  const step = symptom.steps[1]!;
  await page.goto(`/symptoms/${symptom.slug}/#${step.id}`);
  await expect(page.locator(`section#${step.id}`)).toBeInViewport();
});

test('an unknown address shows a helpful 404 with search and the walk', async ({ page }) => {
  const res = await page.goto('/symptoms/this-page-never-existed/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('combobox')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start guided troubleshooting' })).toBeVisible();
});

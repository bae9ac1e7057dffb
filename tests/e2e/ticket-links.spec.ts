/** The public URL contract (README › URL contract) as a support engineer meets it: links in tickets. */
import { expect, test } from '@playwright/test';
import { buildCatalogue, type CatalogueEntry } from '@/lib/catalogue';
import { kb } from './kb';

test('every /go/<ID>/ in the catalogue lands on its page, keeping the step anchor', async ({ page, request }) => {
  // One redirect and one page load per symptom (27 today): on a loaded machine that alone can pass the
  // default 30 s, so this journey gets a budget that grows with the catalogue.
  test.setTimeout(120_000);
  const catalogue = (await (await request.get('/api/symptoms.json')).json()) as CatalogueEntry[];
  expect(catalogue.length).toBe((await kb()).symptoms.length);
  for (const entry of catalogue) {
    await page.goto(`/go/${entry.id}/`);
    await expect(page).toHaveURL(new RegExp(`${entry.url}$`));
    await expect(page.getByRole('heading', { level: 1, name: entry.title })).toBeVisible();
  }
  // The lower-case form someone types works too, and a #step survives the redirect.
  const symptom = (await kb()).symptoms.find((s) => s.steps.length >= 2)!;
  const step = symptom.steps[1]!;
  await page.goto(`/go/${symptom.id.toLowerCase()}/#${step.id}`);
  await expect(page).toHaveURL(new RegExp(`/symptoms/${symptom.slug}/#${step.id}$`));
  await expect(page.locator(`section#${step.id}`)).toBeInViewport();
});

test('/go/<ID>/ works without JavaScript: meta refresh and a visible link', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const symptom = (await kb()).symptoms[0]!;
  await page.goto(`/go/${symptom.id}/`);
  await expect(page).toHaveURL(new RegExp(`/symptoms/${symptom.slug}/$`));
  await expect(page.getByRole('heading', { level: 1, name: symptom.title })).toBeVisible();
  await context.close();
});

test('a renamed page’s old link still reaches it', async ({ page }) => {
  const moved = (await kb()).symptoms.find((s) => s.formerSlugs.length > 0);
  test.skip(!moved, 'no page has been renamed');
  await page.goto(`/symptoms/${moved!.formerSlugs[0]}/#${moved!.steps[0]!.id}`);
  await expect(page).toHaveURL(new RegExp(`/symptoms/${moved!.slug}/#${moved!.steps[0]!.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: moved!.title })).toBeVisible();
});

test('/api/symptoms.json is the catalogue of every page', async ({ request }) => {
  const res = await request.get('/api/symptoms.json');
  expect(res.ok()).toBe(true);
  expect(await res.json()).toEqual(buildCatalogue((await kb()).symptoms));
});

test('the site offers an OpenSearch description with an absolute search template', async ({ page, request }) => {
  await page.goto('/');
  const link = page.locator('head link[rel="search"]');
  await expect(link).toHaveAttribute('type', 'application/opensearchdescription+xml');
  await expect(link).toHaveAttribute('title', 'Provisioning Troubleshooter');
  const href = await link.getAttribute('href');
  const res = await request.get(href!);
  expect(res.ok()).toBe(true);
  const xml = await res.text();
  expect(xml).toContain('<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">');
  expect(xml).toMatch(/template="https?:\/\/[^"]+\/search\/\?q=\{searchTerms\}"/);
});

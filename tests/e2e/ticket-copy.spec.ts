/** Copy link and Copy for ticket: what lands on the clipboard is what a ticket needs. */
import { expect, test } from '@playwright/test';
import { findSymptomById } from '@/lib/content/query';
import { symptomFromSearchUrl } from '@/lib/routes';
import { quoteVerbatim } from '@/lib/ticket';
import { kb, walkToResolution } from './kb';

test.beforeEach(async ({ context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
});

const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

test('Copy link beside a step copies its absolute permalink and says so', async ({ page, baseURL }) => {
  const symptom = (await kb()).symptoms.find((s) => s.steps.length >= 2)!;
  const step = symptom.steps[1]!;
  await page.goto(`/symptoms/${symptom.slug}/`);
  const section = page.locator(`section#${step.id}`);
  await section.getByRole('button', { name: /^Copy link/ }).click();
  await expect(section.getByText('Link copied')).toBeVisible();
  expect(await clipboard(page)).toBe(`${baseURL}/symptoms/${symptom.slug}/#${step.id}`);
  // Every step has one.
  await expect(page.getByRole('button', { name: /^Copy link to step/ })).toHaveCount(symptom.steps.length);
});

test('arriving from search highlights the matched error and Copy for ticket carries the search', async ({ page, baseURL }) => {
  const symptom = (await kb()).symptoms.find((s) => s.errors.length >= 2) ?? (await kb()).symptoms.find((s) => s.errors.length >= 1)!;
  const n = symptom.errors.length;
  const paste = `\n  2024-05-01T10:00:00Z ERROR ${symptom.errors[n - 1]}  \nat Some.Stack.Frame()`;
  await page.goto(symptomFromSearchUrl(symptom.slug, { query: paste, error: n }));

  const matched = page.locator(`#error-${n}`);
  await expect(matched).toHaveAttribute('data-matched', '');
  await expect(matched).toContainText('This is the error your search matched.');
  await expect(page.locator('[data-matched]')).toHaveCount(1);

  await page.getByRole('button', { name: 'Copy for ticket' }).click();
  await expect(page.getByText('Copied for ticket')).toBeVisible();
  const text = await clipboard(page);
  expect(text.split('\n')[0]).toBe(`${symptom.id}: ${symptom.title}`);
  expect(text).toContain(`- Link: ${baseURL}/go/${symptom.id}/`);
  expect(text).toContain(`- Page: ${baseURL}/symptoms/${symptom.slug}/`);
  expect(text).toContain(`- Based on: ${symptom.source.publisher} › ${symptom.source.article} › ${symptom.source.section}: ${symptom.source.url}`);
  expect(text).toContain(`- Matched error: ${quoteVerbatim(symptom.errors[n - 1]!)}`);
  expect(text).toContain(`- Pasted: ${quoteVerbatim(`2024-05-01T10:00:00Z ERROR ${symptom.errors[n - 1]}`)}`);
  expect(text).not.toContain('Some.Stack.Frame');
  for (const [i, step] of symptom.steps.entries()) {
    expect(text).toContain(`${i + 1}. ${step.title}: ${baseURL}/symptoms/${symptom.slug}/#${step.id}`);
  }
});

test('from a search result to Copy for ticket: the matched error, the pasted line and its values', async ({ page }) => {
  const target = (await kb()).symptoms.find((s) => s.errors.includes("Invalid LDAP style of object's DN"))!;
  const paste = "10/03/2026 09:01:26 AM  Error  Microsoft.ECMA2Host  Invalid LDAP style of object's DN. DN: kim.ng@northwind.example";
  await page.goto(`/search/?q=${encodeURIComponent(paste)}`);
  // A client-side navigation, as a user makes it: the page must still read the search it came from.
  await page.getByTestId('search-results').getByRole('link', { name: target.title }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: target.title })).toBeVisible();
  const n = target.errors.indexOf("Invalid LDAP style of object's DN") + 1;
  await expect(page.locator(`#error-${n}`)).toHaveAttribute('data-matched', '');

  await page.getByRole('button', { name: 'Copy for ticket' }).click();
  const text = await clipboard(page);
  // Quoted as code spans, so nothing from the paste renders in a ticket (lib/ticket.ts › quoteVerbatim).
  expect(text).toContain("- Matched error: `Invalid LDAP style of object's DN`");
  expect(text).toContain(`- Pasted: \`${paste}\``);
  expect(text).toMatch(/^- (upn|email): `kim\.ng@northwind\.example`$/m);
});

test('Copy for ticket on a page opened directly has no search section', async ({ page, baseURL }) => {
  const symptom = (await kb()).symptoms[0]!;
  await page.goto(`/symptoms/${symptom.slug}/`);
  await expect(page.locator('[data-matched]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Copy for ticket' }).click();
  const text = await clipboard(page);
  expect(text).toContain(`- Link: ${baseURL}/go/${symptom.id}/`);
  expect(text).not.toContain('From the search');
});

test('Copy for ticket in a walk gives the path taken with each answer and where the answers lead', async ({ page, baseURL }) => {
  const knowledge = await kb();
  const tree = knowledge.trees.find((t) => t.id === 'test-connection') ?? knowledge.trees[0]!;
  const route = walkToResolution(tree);
  await page.goto(`/troubleshoot/${tree.id}/`);
  // The client walk, not the static one that is in the DOM until hydration.
  for (const label of route.labels) await page.getByTestId('walk').getByTestId('walk-answers').getByRole('link', { name: label }).click();
  const last = route.path[route.path.length - 1] ?? tree.root;
  await expect(page.locator('.walk-question')).toHaveText(tree.nodes[last]!.question);

  await page.getByRole('button', { name: 'Copy for ticket' }).click();
  await expect(page.getByText('Copied for ticket')).toBeVisible();
  const text = await clipboard(page);
  expect(text.split('\n')[0]).toBe(`Guided troubleshooting: ${tree.title}`);
  expect(text).toContain(`- Link: ${baseURL}/troubleshoot/${tree.id}/${route.path.length ? `?path=${route.path.join('.')}` : ''}`);
  const asked = [tree.root, ...route.path.slice(0, -1)];
  for (const [i, label] of route.labels.entries()) {
    expect(text).toContain(`${i + 1}. ${tree.nodes[asked[i]!]!.question} → ${label} (`);
  }
  expect(text).toContain(`Now at: ${tree.nodes[last]!.question}`);
  const target = findSymptomById(knowledge, route.final.symptom)!;
  expect(text).toContain(`- ${route.final.label} (fix: ${target.id} ${target.title}): ${baseURL}/symptoms/${target.slug}/?walk=${[tree.id, ...route.path].join('.')}${route.final.step ? `#${route.final.step}` : ''}`);
});

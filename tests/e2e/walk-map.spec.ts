import { expect, test, type Page } from '@playwright/test';
import { findSymptomById } from '@/lib/content/query';
import { shortestPaths } from '@/lib/tree/walk';
import { kb, walkToResolution } from './kb';

const openMap = async (page: Page) => {
  await expect(page.getByTestId('walk')).toBeVisible();
  await page.getByText('Map of this diagnosis').click();
  const map = page.getByTestId('tree-map');
  await expect(map).toBeVisible();
  return map;
};
const litNodes = (page: Page) => page.locator('[data-testid="tree-map"] [data-node][data-lit]').evaluateAll((els) => els.map((e) => e.getAttribute('data-node')));

test('the map lights the path in ?path= and marks where you are', async ({ page }) => {
  const tree = (await kb()).trees.find((t) => t.id === 'test-connection')!;
  const { path } = walkToResolution(tree);
  await page.goto(`/troubleshoot/${tree.id}/?path=${path.join('.')}`);
  const map = await openMap(page);
  await expect(map).toHaveAccessibleName(`Map of “${tree.title}”`);
  const ids = [tree.root, ...path].map((k) => `q:${k}`);
  expect(await litNodes(page)).toEqual(expect.arrayContaining(ids));
  expect(await litNodes(page)).toHaveLength(ids.length);
  await expect(map.locator('[data-edge][data-lit]')).toHaveCount(path.length);
  await expect(map.locator('[aria-current="step"]')).toHaveAttribute('data-node', ids.at(-1)!);
  await expect(map.getByRole('link', { name: /\(you are here\)$/ })).toHaveCount(1);
});

test('a question in the map links to that point of the walk, and the lit path follows', async ({ page }) => {
  const tree = (await kb()).trees.find((t) => t.id === 'test-connection')!;
  const paths = shortestPaths(tree);
  // The deepest question: a jump the walk itself would take several answers to make.
  const [key, path] = [...paths].reduce((a, b) => (b[1].length > a[1].length ? b : a));
  await page.goto(`/troubleshoot/${tree.id}/`);
  const map = await openMap(page);
  const link = map.locator(`[data-node="q:${key}"]`);
  await expect(link).toHaveAttribute('href', `/troubleshoot/${tree.id}/?path=${path.join('.')}`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`\\?path=${path.join('\\.')}$`));
  await expect(page.locator('.walk-question')).toHaveText(tree.nodes[key]!.question);
  await expect(page.getByTestId('walk-breadcrumb').locator('li')).toHaveCount(path.length);
  // The map stays open and now lights the new path.
  await expect(map.locator('[aria-current="step"]')).toHaveAttribute('data-node', `q:${key}`);
  expect(await litNodes(page)).toHaveLength(path.length + 1);
});

test('a fix in the map links to its page and step', async ({ page }) => {
  const knowledge = await kb();
  const tree = knowledge.trees.find((t) => t.id === 'test-connection')!;
  const answer = Object.values(tree.nodes).flatMap((n) => n.answers).find((a) => a.symptom && a.step)!;
  const target = findSymptomById(knowledge, answer.symptom!)!;
  await page.goto(`/troubleshoot/${tree.id}/`);
  const map = await openMap(page);
  const fix = map.locator(`[data-node^="a:"][href="/symptoms/${target.slug}/#${answer.step}"]`).first();
  await expect(fix).toHaveAccessibleName(`Fix: ${target.title} (${target.id})`);
  await fix.click();
  await expect(page).toHaveURL(new RegExp(`/symptoms/${target.slug}/#${answer.step}$`));
  await expect(page.getByRole('heading', { level: 1, name: target.title })).toBeVisible();
});

import { expect, test } from '@playwright/test';
import { findSymptomById, entryTree } from '@/lib/content/query';
import { kb, walkToResolution } from './kb';

// Right after page.goto the static walk (every question, for no-JavaScript use) may still be in the DOM
// while the client walk hydrates, so first assertions name the client walk.
test('walk a tree to a resolution through links, go back, restart', async ({ page }) => {
  const knowledge = await kb();
  const tree = knowledge.trees.find((t) => t.id === 'test-connection') ?? entryTree(knowledge);
  const route = walkToResolution(tree);
  const target = findSymptomById(knowledge, route.final.symptom)!;

  await page.goto(`/troubleshoot/${tree.id}/`);
  await expect(page.getByTestId('walk').locator('.walk-question')).toHaveText(tree.nodes[tree.root]!.question);
  for (const [i, label] of route.labels.entries()) {
    await page.getByTestId('walk-answers').getByRole('link', { name: label }).click();
    await expect(page).toHaveURL(new RegExp(`\\?path=${route.path.slice(0, i + 1).join('\\.')}$`));
    await expect(page.locator('.walk-question')).toHaveText(tree.nodes[route.path[i]!]!.question);
    await expect(page.getByTestId('walk-breadcrumb').locator('li')).toHaveCount(i + 1);
  }

  // Back goes to the previous question, forward returns.
  await page.goBack();
  const previous = route.path.length > 1 ? route.path[route.path.length - 2]! : tree.root;
  await expect(page.locator('.walk-question')).toHaveText(tree.nodes[previous]!.question);
  await page.goForward();
  const last = route.path[route.path.length - 1] ?? tree.root;
  await expect(page.locator('.walk-question')).toHaveText(tree.nodes[last]!.question);

  // Restart goes back to the first question with no breadcrumb.
  if (route.path.length > 0) {
    await page.getByTestId('walk').getByRole('link', { name: 'Restart' }).click();
    await expect(page.locator('.walk-question')).toHaveText(tree.nodes[tree.root]!.question);
    await expect(page.getByTestId('walk-breadcrumb')).toHaveCount(0);
    await page.goBack();
  }

  // The resolution answer lands on the symptom page (and step).
  await page.getByTestId('walk-answers').getByRole('link', { name: route.final.label }).click();
  // The walk goes along (?walk=), so the fix page can show how it was reached.
  await expect(page).toHaveURL(new RegExp(`/symptoms/${target.slug}/\\?walk=${tree.id}\\.${route.path.join('\\.')}${route.final.step ? `#${route.final.step}` : ''}$`));
  await expect(page.getByRole('heading', { level: 1, name: target.title })).toBeVisible();
});

test('a ?path= link opened cold shows the same question and breadcrumb', async ({ page }) => {
  const knowledge = await kb();
  const tree = knowledge.trees.find((t) => t.id === 'test-connection') ?? entryTree(knowledge);
  const route = walkToResolution(tree);
  await page.goto(`/troubleshoot/${tree.id}/?path=${route.path.join('.')}`);
  const last = route.path[route.path.length - 1] ?? tree.root;
  await expect(page.getByTestId('walk').locator('.walk-question')).toHaveText(tree.nodes[last]!.question);
  const crumbs = page.getByTestId('walk-breadcrumb').locator('li');
  await expect(crumbs).toHaveCount(route.path.length);
  for (const [i, label] of route.labels.entries()) await expect(crumbs.nth(i)).toContainText(label);
  // A breadcrumb entry links back to that point of the walk.
  if (route.path.length > 0) {
    await crumbs.first().getByRole('link').click();
    await expect(page.locator('.walk-question')).toHaveText(tree.nodes[tree.root]!.question);
  }
});

test('a stale ?path= keeps the valid part and says so', async ({ page }) => {
  const knowledge = await kb();
  const tree = entryTree(knowledge);
  await page.goto(`/troubleshoot/${tree.id}/?path=no-such-node`);
  await expect(page.getByTestId('walk').locator('.walk-question')).toHaveText(tree.nodes[tree.root]!.question);
  await expect(page.getByRole('status')).toContainText('no longer matches');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the walk still works through plain links', async ({ page }) => {
    const knowledge = await kb();
    const tree = knowledge.trees.find((t) => t.id === 'test-connection') ?? entryTree(knowledge);
    const route = walkToResolution(tree);
    await page.goto(`/troubleshoot/${tree.id}/`);
    await expect(page.locator('.walk-question:visible')).toHaveText(tree.nodes[tree.root]!.question);
    for (const [i, label] of route.labels.entries()) {
      await page.locator('[data-testid="walk-answers"]:visible').getByRole('link', { name: label }).click();
      await expect(page.locator('.walk-question:visible')).toHaveText(tree.nodes[route.path[i]!]!.question);
    }
  });
});

import { expect, test, type Page } from '@playwright/test';
import { findSymptomById } from '@/lib/content/query';
import { noneOfTheseQuery, walkTree } from '@/lib/tree/walk';
import { kb } from './kb';

const testConnection = async () => (await kb()).trees.find((t) => t.id === 'test-connection')!;
const question = (page: Page) => page.locator('.walk-question');
/** Keys only work once the client walk has replaced the static one. */
const openWalk = async (page: Page, url: string) => {
  await page.goto(url);
  await expect(page.getByTestId('walk')).toBeVisible();
};

test('keys 1–9 pick answers; back and forward retrace them', async ({ page }) => {
  const tree = await testConnection();
  const root = tree.nodes[tree.root]!;
  const first = root.answers.findIndex((a) => a.node !== undefined);
  const second = tree.nodes[root.answers[first]!.node!]!;
  const next = second.answers.findIndex((a) => a.node !== undefined);
  const path = [root.answers[first]!.node!, second.answers[next]!.node!];

  await openWalk(page, `/troubleshoot/${tree.id}/`);
  await page.keyboard.press(String(first + 1));
  await expect(page).toHaveURL(new RegExp(`\\?path=${path[0]}$`));
  await expect(question(page)).toHaveText(second.question);
  await page.keyboard.press(String(next + 1));
  await expect(page).toHaveURL(new RegExp(`\\?path=${path.join('\\.')}$`));
  await expect(question(page)).toHaveText(tree.nodes[path[1]!]!.question);

  await page.goBack();
  await expect(question(page)).toHaveText(second.question);
  await page.goBack();
  await expect(question(page)).toHaveText(root.question);
  await page.goForward();
  await expect(question(page)).toHaveText(second.question);
  await expect(page.getByTestId('walk-breadcrumb').locator('li')).toHaveCount(1);
});

test('a number key leads to the fix when that answer is a fix', async ({ page }) => {
  const knowledge = await kb();
  const tree = await testConnection();
  const answers = tree.nodes[tree.root]!.answers;
  const i = answers.findIndex((a) => a.symptom !== undefined);
  const target = findSymptomById(knowledge, answers[i]!.symptom!)!;
  await openWalk(page, `/troubleshoot/${tree.id}/`);
  await page.keyboard.press(String(i + 1));
  await expect(page).toHaveURL(new RegExp(`/symptoms/${target.slug}/`));
  await expect(page.getByRole('heading', { level: 1, name: target.title })).toBeVisible();
});

test('number keys are ignored while typing, with modifiers, and past the last answer', async ({ page }) => {
  const tree = await testConnection();
  const url = `/troubleshoot/${tree.id}/`;
  await openWalk(page, url);
  const search = page.getByRole('banner').getByRole('combobox');
  await search.click();
  await page.keyboard.press('1');
  await expect(search).toHaveValue('1');
  await search.blur();
  await page.keyboard.press('Alt+1');
  await page.keyboard.press(String(Math.min(9, tree.nodes[tree.root]!.answers.length + 1)));
  // Nothing navigated: still the first question, same address.
  await expect(question(page)).toHaveText(tree.nodes[tree.root]!.question);
  expect(new URL(page.url()).search).toBe('');
});

test('"None of these" searches for the question and the answers so far', async ({ page }) => {
  const tree = await testConnection();
  const path = [tree.nodes[tree.root]!.answers.find((a) => a.node)!.node!];
  const expected = noneOfTheseQuery(walkTree(tree, path));
  await openWalk(page, `/troubleshoot/${tree.id}/?path=${path.join('.')}`);
  await page.getByRole('link', { name: /None of these/ }).click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  const q = new URL(page.url()).searchParams.get('q');
  expect(q).toBe(expected);
  expect(q).toContain(tree.nodes[path[0]!]!.question);
  expect(q).toContain(tree.nodes[tree.root]!.answers.find((a) => a.node === path[0])!.label);
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('textbox')).toHaveValue(expected);
});

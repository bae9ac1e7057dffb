import { expect, test, type Page } from '@playwright/test';
import { kb, walkToResolution } from './kb';

test.use({ viewport: { width: 375, height: 812 } });

const noSidewaysScroll = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

test('no page scrolls sideways at 375 px', async ({ page }) => {
  const knowledge = await kb();
  // The symptom with the longest unbroken word in its title or errors: the hardest to fit.
  const longest = (s: { title: string; errors: string[] }) => Math.max(...[s.title, ...s.errors].flatMap((t) => t.split(/\s+/)).map((w) => w.length));
  const symptom = [...knowledge.symptoms].sort((a, b) => longest(b) - longest(a))[0]!;
  for (const url of ['/', `/symptoms/${symptom.slug}/`, '/symptoms/query-ecma-host-cache/', '/errors/', '/search/?q=Invalid%20LDAP%20style', '/troubleshoot/']) {
    await page.goto(url);
    await noSidewaysScroll(page);
  }
});

test('a walk question whose answers are long error names does not scroll sideways', async ({ page }) => {
  const tree = (await kb()).trees.find((t) => t.id === 'test-connection')!;
  // The portal-message question lists SystemForCrossDomainIdentityManagementCredentialValidationUnavailable as an answer.
  const key = tree.nodes[tree.root]!.answers
    .flatMap((a) => a.node ?? [])
    .find((k) => tree.nodes[k]!.answers.some((a) => a.label.length > 60 && !a.label.includes(' ')))!;
  await page.goto(`/troubleshoot/${tree.id}/?path=${key}`);
  await expect(page.getByTestId('walk')).toBeVisible();
  await noSidewaysScroll(page);
});

test('the walk map scrolls inside its own box on a phone', async ({ page }) => {
  const tree = (await kb()).trees.find((t) => t.id === 'test-connection')!;
  await page.goto(`/troubleshoot/${tree.id}/?path=${walkToResolution(tree).path.join('.')}`);
  await expect(page.getByTestId('walk')).toBeVisible();
  await page.getByText('Map of this diagnosis').click();
  const box = page.locator('[data-map-box]');
  await expect(box).toBeVisible();
  const { scroll, client } = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(scroll).toBeGreaterThan(client);
  await noSidewaysScroll(page);
  // Opening the map scrolled its box (not the page) to where you are.
  const inBox = await box.evaluate((el) => {
    const b = el.getBoundingClientRect();
    const c = el.querySelector('[aria-current="step"]')!.getBoundingClientRect();
    return c.left >= b.left && c.right <= b.right && c.top >= b.top && c.bottom <= b.bottom;
  });
  expect(inBox).toBe(true);
});

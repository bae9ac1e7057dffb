import { expect, test, type Page } from '@playwright/test';
import { findSymptomById, entryTree } from '@/lib/content/query';
import { kb, walkToResolution } from './kb';
import { auditedPages, openIn, settled, type Scheme } from './site';

/** What the focused element looks like, read in the page. */
type Focused = { tag: string; text: string; inMain: boolean; visible: boolean; ring: boolean; key: string };

const focused = (page: Page): Promise<Focused | null> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.innerText || el.getAttribute('aria-label') || el.getAttribute('placeholder') || '').trim().slice(0, 80),
      inMain: !!el.closest('main'),
      visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
      ring: outline || style.boxShadow !== 'none',
      // Identifies the element, to notice when Tab has gone all the way round.
      key: `${el.tagName}|${el.id}|${el.getAttribute('href') ?? ''}|${Array.from(el.parentElement?.children ?? []).indexOf(el)}|${el.closest('[id]')?.id ?? ''}`,
    };
  });

/** Presses Tab until the focused element matches, at most `max` times. */
async function tabTo(page: Page, match: (f: Focused) => boolean, max = 80): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f && match(f)) return f;
  }
  throw new Error(`no Tab stop matched within ${max} presses`);
}

test('the skip link is the first Tab stop, shows, and moves focus into main', async ({ page }) => {
  await page.goto('/');
  await settled(page);
  await page.keyboard.press('Tab');
  const first = await focused(page);
  expect(first?.text).toBe('Skip to content');
  expect(first?.visible).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  // The next Tab continues inside main, past the header.
  await page.keyboard.press('Tab');
  expect((await focused(page))?.inMain).toBe(true);
});

for (const scheme of ['light', 'dark'] as Scheme[]) {
  test(`every Tab stop is visible and shows a focus ring (${scheme})`, async ({ page }) => {
    test.setTimeout(90_000);
    const problems: string[] = [];
    const pages = (await auditedPages()).filter((p) => ['home', 'error index', 'walk step'].includes(p.name) || p.name.startsWith('symptom'));
    for (const { name, url } of pages.slice(0, 4)) {
      await openIn(page, url, scheme);
      const seen = new Set<string>();
      for (let i = 0; i < 400; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        if (!f || seen.has(f.key)) break; // back at the top of the page
        seen.add(f.key);
        if (!f.visible) problems.push(`${name}: <${f.tag}> "${f.text}" has focus but is not on screen`);
        if (!f.ring) problems.push(`${name}: <${f.tag}> "${f.text}" has focus but no visible focus ring`);
      }
      if (seen.size < 5) problems.push(`${name}: only ${seen.size} Tab stops; expected the header, search and page links`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
}

test('a walk can be followed to its fix with the keyboard alone, and each answer is announced', async ({ page }) => {
  const knowledge = await kb();
  const tree = knowledge.trees.find((t) => t.id === 'test-connection') ?? entryTree(knowledge);
  const route = walkToResolution(tree);
  await page.goto(`/troubleshoot/${tree.id}/`);
  await settled(page);
  // The polite live region must be the same element before and after an answer, or nothing is announced.
  const live = page.getByTestId('walk').locator('[aria-live="polite"]').filter({ has: page.locator('.walk-question') });
  await live.evaluate((el) => el.setAttribute('data-before-answer', ''));

  for (const [i, label] of route.labels.entries()) {
    await tabTo(page, (f) => f.text.includes(label));
    await page.keyboard.press('Enter');
    const question = tree.nodes[route.path[i]!]!.question;
    await expect(page.locator('.walk-question')).toHaveText(question);
    // Focus follows to the new question, so the next Tab reaches its answers.
    await expect(page.locator('.walk-question')).toBeFocused();
    await expect(page.locator('[data-before-answer]')).toContainText(question);
  }
  await tabTo(page, (f) => f.text.includes(route.final.label));
  await page.keyboard.press('Enter');
  const target = findSymptomById(knowledge, route.final.symptom)!;
  await expect(page.getByRole('heading', { level: 1, name: target.title })).toBeVisible();
});

test('search is reachable and usable from the keyboard, and results sit in a live region', async ({ page }) => {
  await page.goto('/');
  await settled(page);
  await tabTo(page, (f) => ['input', 'textarea'].includes(f.tag));
  await page.keyboard.type('Invalid LDAP style');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Invalid(\+|%20)LDAP(\+|%20)style/);
  await settled(page);
  // Screen readers hear the verdict because it is inside a status / polite live region.
  const announced = page.locator('[role="status"], [aria-live="polite"]').filter({ hasText: /match|result|fit/i });
  await expect(announced.first()).toBeAttached();
});

/**
 * The loop an admin runs mid-outage: paste a whole log, reach the fix, walk when there is no error text,
 * and copy it all into a ticket, without losing anything on the way (issue 11).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { quoteVerbatim } from '@/lib/ticket';
import { entryTree, findSymptomById } from '@/lib/content/query';
import { kb, walkToResolution } from './kb';

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/**
 * Puts text into a field the way a paste does: one value change and one input event. (locator.fill
 * types through the input pipeline, which for a megabyte takes minutes in Chromium.)
 */
async function paste(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.evaluate((el, value) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    setter.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

/** A log of about 1 MB whose only known error is near its end, far past the first 2,000 characters. */
async function bigLog(): Promise<{ log: string; title: string }> {
  const target = (await kb()).symptoms.find((s) => s.errors.includes("Invalid LDAP style of object's DN"))!;
  const noise = Array.from({ length: 9000 }, (_, i) => `10/03/2026 08:${String(i % 60).padStart(2, '0')}:11 AM  Information  AADConnectProvisioningAgent  Heartbeat ${i} sent to the service, all fine.`);
  noise.splice(8800, 0, "10/03/2026 09:01:26 AM  Error  Microsoft.ECMA2Host  Invalid LDAP style of object's DN. DN: kim.ng@northwind.example");
  return { log: noise.join('\n'), title: target.title };
}

test('a 1 MB log pasted on home keeps its match through Enter and a reload, and a shared link says what it carries', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const { log, title } = await bigLog();
  expect(log.length).toBeGreaterThan(1_000_000);
  expect(log.indexOf('Invalid LDAP style')).toBeGreaterThan(2000);
  await page.goto('/');
  const box = page.locator('[data-search-input="main"]');
  await expect(page.getByRole('link', { name: 'Start guided troubleshooting →' })).toBeVisible();
  await paste(box, log);
  const panel = page.getByRole('search', { name: 'Find the fix for an error' }).getByTestId('search-panel');
  await expect(panel.getByTestId('search-panel-verdict')).toHaveText('Best match', { timeout: 20_000 });
  await expect(panel.getByRole('option').first()).toContainText(title);
  await box.press('Enter');

  await expect(page).toHaveURL(/\/search\/\?q=.*&paste=/);
  await expect(page.getByTestId('search-verdict')).toHaveText(/Best match/, { timeout: 20_000 });
  await expect(page.getByTestId('search-results').getByRole('link').first()).toHaveText(title);
  expect(await page.locator('#search-text').inputValue()).toHaveLength(log.length);
  // The address carries the matched line, not the start of the log.
  const address = new URL(page.url());
  expect(address.searchParams.get('q')).toContain("Invalid LDAP style of object's DN");
  expect(address.searchParams.get('q')).not.toContain('Heartbeat 0 sent');

  await page.reload();
  await expect(page.getByTestId('search-verdict')).toHaveText(/Best match/, { timeout: 20_000 });
  await expect(page.getByTestId('search-results').getByRole('link').first()).toHaveText(title);
  expect(await page.locator('#search-text').inputValue()).toHaveLength(log.length);

  // The same address in another browser: the paste is not there, the matched line still finds the page.
  const other = await browser.newPage();
  await other.goto(address.pathname + address.search);
  await expect(other.getByTestId('paste-missing')).toBeVisible();
  await expect(other.getByTestId('search-results').getByRole('link').first()).toHaveText(title);
  await other.close();
});

test('typing on /search/ keeps the address equal to the query on screen', async ({ page }) => {
  await page.goto('/search/?q=first%20query');
  await page.locator('#search-text').fill('Invalid LDAP style');
  await expect(page).toHaveURL(/\?q=Invalid%20LDAP%20style$/);
  await page.locator('#search-text').fill('x'.repeat(2500) + "\nInvalid LDAP style of object's DN");
  await expect(page).toHaveURL(/&paste=[a-z0-9]+$/);
  expect(new URL(page.url()).searchParams.get('q')).toBe("Invalid LDAP style of object's DN");
});

test.describe('walks', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  });

  test('from the entry tree into a sub-tree and to a fix: the fix page lists the whole path and its ticket every answer', async ({ page, baseURL }) => {
    // A dozen navigations and a clipboard read: on a loaded 2-core machine that can outgrow the default 30 s.
    test.slow();
    const knowledge = await kb();
    const entry = entryTree(knowledge);
    const into = entry.nodes[entry.root]!.answers.find((a) => a.tree !== undefined)!;
    const sub = knowledge.trees.find((t) => t.id === into.tree)!;
    const route = walkToResolution(sub);
    const symptom = findSymptomById(knowledge, route.final.symptom)!;

    // Until the client walk hydrates, the static walk (every question, for no-JavaScript use) is in the DOM
    // too, so every assertion names the client walk.
    const walk = page.getByTestId('walk');
    await page.goto(`/troubleshoot/${entry.id}/`);
    await expect(walk.getByTestId('walk-progress')).toContainText('Question 1');
    await walk.getByTestId('walk-answers').getByRole('link', { name: new RegExp(`^${escape(into.label)}`) }).click();
    await expect(page).toHaveURL(new RegExp(`/troubleshoot/${sub.id}/\\?via=${entry.id}$`));
    // The entry answer survives the move into the sub-tree, with Back and Restart.
    await expect(walk.getByTestId('walk-breadcrumb')).toContainText(into.label);
    await expect(walk.getByTestId('walk-progress')).toContainText('Question 2');
    for (const label of route.labels) {
      await walk.getByTestId('walk-answers').getByRole('link', { name: new RegExp(`^${escape(label)}`) }).click();
      await expect(walk.getByTestId('walk-breadcrumb')).toContainText(label);
    }
    // Back goes one question back, Restart to the entry tree's first question.
    await walk.getByTestId('walk-controls').getByRole('link', { name: '← Back' }).click();
    await expect(walk.getByTestId('walk-breadcrumb').locator('li')).toHaveCount(route.labels.length);
    await page.goBack();
    await walk.getByTestId('walk-answers').getByRole('link', { name: new RegExp(`^${escape(route.final.label)}`) }).click();

    await expect(page).toHaveURL(new RegExp(`/symptoms/${symptom.slug}/\\?walk=`));
    const trail = page.getByTestId('walk-trail');
    const answers = [into.label, ...route.labels, route.final.label];
    await expect(trail.locator('li')).toHaveCount(answers.length);
    for (const [i, label] of answers.entries()) await expect(trail.locator('li').nth(i)).toContainText(label);
    // Each question links back to that point of the walk.
    await expect(trail.locator('li').first().getByRole('link')).toHaveAttribute('href', `/troubleshoot/${entry.id}/`);

    await page.getByRole('button', { name: 'Copy for ticket' }).click();
    const text = await clipboard(page);
    for (const label of answers) expect(text).toContain(`→ ${label} (`);
    expect(text).toContain(`(${baseURL}/troubleshoot/${entry.id}/)`);

    // Restart from a question in the sub-tree goes to the entry tree.
    await trail.locator('li').nth(1).getByRole('link').click();
    await walk.getByTestId('walk-controls').getByRole('link', { name: 'Restart' }).click();
    await expect(page).toHaveURL(new RegExp(`/troubleshoot/${entry.id}/$`));
  });
});

/** The text with its Markdown code spans removed (a run of n backticks up to the next run of exactly n). */
function withoutCodeSpans(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = /`+/.exec(text.slice(i));
    if (!open) return out + text.slice(i);
    const start = i + open.index;
    const fence = open[0];
    const close = new RegExp(`(?<!\`)${fence}(?!\`)`, 'g');
    close.lastIndex = start + fence.length;
    const end = close.exec(text);
    if (!end) return out + text.slice(i);
    out += text.slice(i, start);
    i = end.index + fence.length;
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('ArrowDown moves through the header results and Enter opens the highlighted one', async ({ page }) => {
  await page.goto('/errors/');
  const box = page.locator('[data-search-input="header"]');
  await box.fill('ECMA host');
  const options = page.getByRole('listbox', { name: 'Matching pages' }).getByRole('option');
  await expect(options.nth(1)).toBeVisible();
  const second = (await options.nth(1).getAttribute('href'))!;
  // The first result is highlighted as the list appears (Enter would open the best match).
  await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(0).getAttribute('id'))!);
  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(escape(second.split('?')[0]!)));
});

test('ArrowUp from the first header result, then Enter, opens the full results', async ({ page }) => {
  await page.goto('/errors/');
  const box = page.locator('[data-search-input="header"]');
  await box.fill('ECMA host');
  await expect(page.getByRole('listbox', { name: 'Matching pages' }).getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowUp');
  await expect(box).not.toHaveAttribute('aria-activedescendant', /./);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=ECMA%20host$/);
});

test('Escape closes the header results, and Enter with nothing highlighted opens the full results', async ({ page }) => {
  await page.goto('/errors/');
  const box = page.locator('[data-search-input="header"]');
  await box.fill('ECMA host');
  await expect(page.getByRole('listbox', { name: 'Matching pages' }).getByRole('option').first()).toBeVisible();
  await box.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=ECMA%20host$/);
});

for (const width of [320, 375]) {
  test(`at ${width} px the header results lie inside the viewport`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    await page.goto('/errors/');
    await page.locator('[data-search-input="header"]').fill('ECMA host');
    const panel = page.getByTestId('search-panel');
    await expect(panel.getByRole('option').first()).toBeVisible();
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
  });
}

test('at 375 px no control on a symptom page is smaller than 24×24 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const { symptoms } = await kb();
  const withCode = symptoms.find((s) => s.body.includes('```') && s.related.length > 0) ?? symptoms[0]!;
  await page.goto(`/symptoms/${withCode.slug}/`);
  await page.getByRole('button', { name: 'Copy for ticket' }).waitFor();
  await page.getByText('On this page').click();
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, input, summary, textarea, select, [tabindex]:not([tabindex="-1"])')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || el.closest('.sr-only')) return false;
        // WCAG 2.5.8 exempts links inside a sentence; a link alone in its block is a target like any other.
        const block = el.closest('p, li');
        const inline = el.tagName === 'A' && block?.closest('.prose-kb') && (block.textContent ?? '').trim() !== (el.textContent ?? '').trim();
        return !inline && (r.width < 24 || r.height < 24);
      })
      .map((el) => `${el.tagName} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`),
  );
  expect(small).toEqual([]);
});

test('a ?q= holding Markdown and HTML gives ticket text in which none of it would render', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const symptom = (await kb()).symptoms[0]!;
  const q = '[x](https://example.invalid) ![i](https://example.invalid/a.png) <img src=x onerror=alert(1)> `code` **bold**';
  await page.goto(`/symptoms/${symptom.slug}/?q=${encodeURIComponent(q)}`);
  await page.getByRole('button', { name: 'Copy for ticket' }).click();
  const text = await clipboard(page);
  const pasted = text.split('\n').find((l) => l.startsWith('- Pasted: '))!;
  expect(pasted).toBe(`- Pasted: ${quoteVerbatim(q)}`);
  expect(quoteVerbatim(q)).toBe(`\`\`${q}\`\``);
  // Outside code spans nothing of the paste is left to render.
  const outside = withoutCodeSpans(text);
  for (const bit of ['](https://example.invalid', '<img', '**bold**', '![i]']) expect(outside).not.toContain(bit);
});

test('a step link lands below the sticky header, marked in both themes with a visible label', async ({ page }) => {
  const symptom = (await kb()).symptoms.find((s) => s.steps.length >= 3)!;
  const step = symptom.steps[2]!;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/symptoms/${symptom.slug}/#${step.id}`);
    const section = page.locator(`section#${step.id}`);
    await expect(section.getByText('Linked step')).toBeVisible();
    const headerBox = (await page.locator('body > header').boundingBox())!;
    const headerBottom = headerBox.y + headerBox.height;
    const top = (await section.boundingBox())!.y;
    expect(top).toBeGreaterThanOrEqual(headerBottom);
    // Just below the header, unless the page ends first and cannot scroll that far.
    const atEnd = await page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1);
    if (!atEnd) expect(top).toBeLessThan(headerBottom + 24);
    // The # stays on the heading's line.
    const hash = (await section.getByRole('link', { name: /^Permalink/ }).boundingBox())!;
    const title = (await section.locator('h3').boundingBox())!;
    expect(hash.y).toBeLessThan(title.y + 12);
  }
});

test('a step reached by a client-side link is marked too', async ({ page }) => {
  const knowledge = await kb();
  const tree = knowledge.trees.find((t) => Object.values(t.nodes).some((n) => n.answers.some((a) => a.step)))!;
  const [key, node] = Object.entries(tree.nodes).find(([, n]) => n.answers.some((a) => a.step))!;
  const answer = node.answers.find((a) => a.step)!;
  const path = [...(await import('@/lib/tree/walk')).shortestPaths(tree).get(key)!];
  await page.goto(`/troubleshoot/${tree.id}/?path=${path.join('.')}`);
  await page.getByTestId('walk').getByTestId('walk-answers').getByRole('link', { name: new RegExp(`^${escape(answer.label)}`) }).click();
  await expect(page.locator(`section#${answer.step}`).getByText('Linked step')).toBeVisible();
});

test('On this page: a rail on wide screens that marks where you are, a closed block on phones', async ({ page }) => {
  const symptom = (await kb()).symptoms.find((s) => s.steps.length >= 3)!;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/symptoms/${symptom.slug}/`);
  const toc = page.getByTestId('on-this-page');
  await expect(toc.getByRole('link', { name: symptom.steps[0]!.title })).toBeVisible();
  const rail = (await toc.boundingBox())!;
  expect(rail.x).toBeGreaterThan(640);
  await toc.getByRole('link', { name: symptom.steps[2]!.title }).click();
  await expect(toc.getByRole('link', { name: symptom.steps[2]!.title })).toHaveAttribute('aria-current', 'location');

  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`/symptoms/${symptom.slug}/`);
  await expect(toc.getByRole('link', { name: symptom.steps[0]!.title })).toBeHidden();
  await toc.getByText('On this page').click();
  await expect(toc.getByRole('link', { name: symptom.steps[0]!.title })).toBeVisible();
});

test('Wrap lines folds long code and is remembered', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/symptoms/query-ecma-host-cache/');
  await expect(page.getByRole('button', { name: 'Wrap lines' }).first()).toBeVisible();
  const overflowing = () => page.locator('.code-block pre').evaluateAll((pres) => pres.filter((el) => el.scrollWidth > el.clientWidth).length);
  expect(await overflowing()).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Wrap lines' }).first().click();
  // One choice for every block.
  for (const button of await page.getByRole('button', { name: 'Wrap lines' }).all()) await expect(button).toHaveAttribute('aria-pressed', 'true');
  expect(await overflowing()).toBe(0);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Wrap lines' }).first()).toHaveAttribute('aria-pressed', 'true');
  expect(await overflowing()).toBe(0);
});

test('printing: a symptom page gives its absolute address, ID and absolute link addresses; a walk its answers, no key hints or search addresses', async ({ page, baseURL }) => {
  const knowledge = await kb();
  const symptom = knowledge.symptoms.find((s) => s.related.length > 0)!;
  await page.goto(`/symptoms/${symptom.slug}/`);
  await page.getByRole('button', { name: 'Copy for ticket' }).waitFor();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-address')).toHaveText(`${symptom.id} · ${baseURL}/symptoms/${symptom.slug}/`);
  const related = page.locator('section[aria-labelledby="related-heading"] a').first();
  const after = await related.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toContain(`${baseURL}/symptoms/`);

  const tree = knowledge.trees.find((t) => t.id === 'test-connection') ?? entryTree(knowledge);
  const route = walkToResolution(tree);
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`/troubleshoot/${tree.id}/?path=${route.path.join('.')}`);
  await page.getByTestId('walk').waitFor();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('walk-breadcrumb')).toBeVisible();
  await expect(page.getByTestId('walk-answers')).toBeVisible();
  await expect(page.getByText('Tip: press')).toBeHidden();
  await expect(page.getByTestId('walk-none')).toBeHidden();
});

import { expect, test, type Page } from '@playwright/test';
import { entryTree } from '@/lib/content/query';
import { searchUrl, symptomUrl, treeUrl } from '@/lib/routes';
import { kb, walkToResolution } from './kb';
import { settled } from './site';

/**
 * Script payloads in every place a URL or a person can put text. Each one, if it ever ran, would set
 * window.__pwned or open a dialog; the page must show it (if at all) as text, and add no element of its own.
 */
const PAYLOADS = [
  '<script>window.__pwned=1;alert(1)</script>',
  '"><img src=x onerror="window.__pwned=1;alert(1)">',
  "'><svg onload=window.__pwned=1>",
  'javascript:window.__pwned=1;alert(1)',
  '</script><script>window.__pwned=1</script>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '{{7*7}} ${7*7} <%= 7*7 %>',
];

/** Anything a payload could have added: event-handler attributes, javascript: links, frames, stray images. */
const injected = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    // A javascript: URL runs only where a URL is followed (an input's value holding one is just text).
    const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'srcdoc'];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (a.name.startsWith('on')) found.push(`<${el.localName} ${a.name}>`);
        if (URL_ATTRS.includes(a.name) && /^\s*javascript:/i.test(a.value)) found.push(`<${el.localName} ${a.name}="${a.value.slice(0, 40)}">`);
      }
    }
    for (const el of document.querySelectorAll('iframe, object, embed, img[src="x"], svg[onload]')) found.push(`<${el.localName}>`);
    return { found, pwned: (window as unknown as { __pwned?: unknown }).__pwned !== undefined, text: document.body.innerText };
  });

async function expectInert(page: Page, dialogs: string[], where: string): Promise<void> {
  const { found, pwned, text } = await injected(page);
  expect(found, `${where}: injected markup`).toEqual([]);
  expect(pwned, `${where}: payload ran`).toBe(false);
  expect(dialogs, `${where}: a dialog opened`).toEqual([]);
  // A template engine would have printed 49; where the payload is shown, it is shown literally.
  if (text.includes('7*7')) expect(text, where).toContain('{{7*7}}');
}

test.describe('hostile input', () => {
  let dialogs: string[];
  test.beforeEach(({ page }) => {
    dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });

  test('in ?q= on the search page and typed into the search box', async ({ page }) => {
    test.setTimeout(60_000);
    for (const payload of PAYLOADS) {
      await page.goto(searchUrl(payload));
      await settled(page);
      await expectInert(page, dialogs, `search ?q=${payload}`);
    }
    await page.goto('/');
    await settled(page);
    const box = page.locator('form[role="search"] [name="q"]').first();
    for (const payload of PAYLOADS) {
      await box.fill(payload);
      await page.waitForLoadState('networkidle');
      await expectInert(page, dialogs, `typed ${payload}`);
    }
  });

  test('in ?path= of a walk, alone and after a valid step', async ({ page }) => {
    test.setTimeout(60_000);
    const knowledge = await kb();
    const tree = entryTree(knowledge);
    const first = walkToResolution(tree).path[0];
    for (const payload of PAYLOADS) {
      for (const path of [payload, first ? `${first}.${payload}` : payload]) {
        await page.goto(`${treeUrl(tree.id)}?path=${encodeURIComponent(path)}`);
        await settled(page);
        await expect(page.locator('.walk-question')).toBeVisible();
        await expectInert(page, dialogs, `walk ?path=${path}`);
      }
    }
  });

  test('in ?q= and the fragment of a symptom page (as search results link to it)', async ({ page }) => {
    const { symptoms } = await kb();
    const target = symptoms.find((s) => s.errors.length > 0) ?? symptoms[0]!;
    for (const payload of PAYLOADS) {
      await page.goto(`${symptomUrl(target.slug)}?q=${encodeURIComponent(payload)}&error=1#${encodeURIComponent(payload)}`);
      await settled(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.title);
      await expectInert(page, dialogs, `symptom ?q=${payload}`);
    }
  });
});

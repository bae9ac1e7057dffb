import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { listHtmlFiles, requireOut } from '@/scripts/out-dir';
import { auditedPages, settled } from './site';

/** Records CSP violations and console errors from the first script on, before the page's own. */
async function watch(page: Page): Promise<{ violations: () => Promise<string[]>; consoleErrors: string[] }> {
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}: ${e.sample}`));
  });
  return { violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), consoleErrors };
}

/** The page's policy, and whether it precedes every script (a meta policy governs only what follows it). */
const policyOf = (page: Page) =>
  page.evaluate(() => {
    const meta = [...document.head.querySelectorAll('meta')].find((m) => m.httpEquiv.toLowerCase() === 'content-security-policy');
    const first = !!meta && [...document.scripts].every((s) => meta.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING);
    return { content: meta?.content ?? '', first };
  });

test('every page in out/ carries a policy that hashes each of its inline scripts', () => {
  const out = requireOut();
  const files = listHtmlFiles(out);
  expect(files.length).toBeGreaterThan(10);
  const problems: string[] = [];
  for (const file of files) {
    const html = readFileSync(path.join(out, file), 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/.exec(html)?.[1];
    if (!policy) {
      problems.push(`${file}: no Content-Security-Policy meta`);
      continue;
    }
    const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src ')) ?? '';
    if (scriptSrc.includes("'unsafe-inline'") || scriptSrc.includes("'unsafe-eval'")) problems.push(`${file}: script-src is not strict: ${scriptSrc}`);
    if (html.indexOf('Content-Security-Policy') > html.indexOf('<script')) problems.push(`${file}: the policy comes after a script`);
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\ssrc=/.test(m[1]!)) continue;
      const hash = `'sha256-${createHash('sha256').update(m[2]!).digest('base64')}'`;
      if (!scriptSrc.includes(hash)) problems.push(`${file}: inline script ${JSON.stringify(m[2]!.slice(0, 60))} is not in script-src`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('no CSP violation or console error while using home, search, a symptom page and a walk', async ({ page }) => {
  test.setTimeout(60_000);
  const { violations, consoleErrors } = await watch(page);
  const pages = await auditedPages();

  await page.goto('/');
  await settled(page);
  const policy = await policyOf(page);
  expect(policy.first).toBe(true);
  expect(policy.content).toMatch(/script-src 'self' 'sha256-/);
  // Typing searches as you type where the page does (worker + index fetch); Enter opens the results page.
  const box = page.locator('form[role="search"] [name="q"]').first();
  await box.fill('Invalid LDAP style');
  await page.waitForLoadState('networkidle');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await settled(page);

  for (const { url } of pages.filter((p) => p.name.startsWith('symptom') || p.name === 'walk step' || p.name === 'error index')) {
    await page.goto(url);
    await settled(page);
    expect((await policyOf(page)).first).toBe(true);
  }
  // Client-side navigation inside a walk, then to a symptom page, runs no new inline script.
  const walk = pages.find((p) => p.name === 'walk step')!;
  await page.goto(walk.url.replace(/\?.*$/, ''));
  await settled(page);
  await page.getByTestId('walk-answers').getByRole('link').first().click();
  await page.waitForLoadState('networkidle');

  expect(await violations()).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('the policy is enforced: a script that was not in the build does not run', async ({ page }) => {
  const { violations } = await watch(page);
  await page.goto('/');
  await settled(page);
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src(-elem)? blocked inline/));
});

/**
 * Screenshots of the production build for a person to look at: `npm run build && npm run screenshots`.
 * Serves out/ on a free loopback port with the same static server as `npm run serve`, and saves
 * screenshots/<page>-<light|dark|phone>.png (the folder is git-ignored). Dark is the system setting,
 * emulated, so the shots also check that the site follows it before anyone touches the toggle.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { searchUrl, treeUrl } from '../lib/routes';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'out');
const SHOTS = path.join(ROOT, 'screenshots');

type Shot = { name: string; url: string; prepare?: (page: Page) => Promise<void> };
const openMap = async (page: Page) => {
  await page.locator('[data-testid="tree-map-panel"] summary').click();
  await page.locator('[data-testid="tree-map"] [aria-current="step"]').waitFor();
};
/** A 60-line log (past the 2,000 characters an address holds) with one known error near its end. */
const LONG_LOG = [
  ...Array.from({ length: 60 }, (_, i) => `10/03/2026 08:${String(i).padStart(2, '0')}:11 AM  Information  AADConnectProvisioningAgent  Heartbeat ${i} sent.`),
  "10/03/2026 09:01:26 AM  Error  Microsoft.ECMA2Host  Invalid LDAP style of object's DN. DN: kim.ng@northwind.example",
].join('\n');
const pasteLog = async (page: Page) => {
  const box = page.locator('[data-search-input="main"]');
  await box.focus();
  await box.evaluate((el, value) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, LONG_LOG);
  await page.getByRole('option').first().waitFor();
  await box.press('ArrowDown');
};
const searchAfterEnter = async (page: Page) => {
  await pasteLog(page);
  await page.locator('[data-search-input="main"]').press('ArrowUp');
  await page.locator('[data-search-input="main"]').press('Enter');
  await page.getByTestId('search-results').waitFor();
};
const print = async (page: Page) => {
  await page.getByTestId('walk').or(page.locator('[data-symptom-id]')).first().waitFor();
  await page.emulateMedia({ media: 'print' });
};
const walkVia = treeUrl('provisioning-agent', [], [{ tree: 'where-does-it-fail', path: [] }]);
const SHOTS_TO_TAKE: Shot[] = [
  { name: 'home-long-paste', url: '/', prepare: pasteLog },
  { name: 'search-after-enter', url: '/', prepare: searchAfterEnter },
  { name: 'symptom-linked-step', url: '/symptoms/agent-trace-logs/#export-logs' },
  { name: 'walk-question', url: walkVia },
  { name: 'walk-print', url: treeUrl('test-connection', ['host-answers', 'agent-assigned']), prepare: print },
  { name: 'fix-from-walk', url: '/symptoms/agent-trace-logs/?walk=where-does-it-fail.logs' },
  { name: 'symptom-print', url: '/symptoms/scim-credential-validation-unavailable/', prepare: print },
  { name: 'home', url: '/' },
  { name: 'symptom', url: '/symptoms/scim-credential-validation-unavailable/' },
  { name: 'symptom-code', url: '/symptoms/query-ecma-host-cache/' },
  { name: 'walk-map', url: treeUrl('test-connection', ['host-answers', 'agent-assigned', 'waited', 'token', 'certificate', 'tenant-url']), prepare: openMap },
  { name: 'walk-map-wide', url: treeUrl('ecma-host'), prepare: openMap },
  { name: 'search', url: searchUrl('Invalid LDAP style') },
  // Two pages offered side by side: the message's page first, the code's beside it.
  { name: 'search-code-and-message', url: searchUrl('Test connection failed\nError code: SystemForCrossDomainIdentityManagementCredentialValidationUnavailable\nDetails: invalid resource') },
  { name: 'errors', url: '/errors/' },
];
const VARIANTS = [
  { name: 'light', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { name: 'dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
  { name: 'phone', viewport: { width: 375, height: 812 }, colorScheme: 'light' },
  { name: 'phone-dark', viewport: { width: 375, height: 812 }, colorScheme: 'dark' },
] as const;

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

async function waitForServer(url: string, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`static server did not answer at ${url}`);
}

async function main(): Promise<void> {
  if (!existsSync(path.join(OUT, 'index.html'))) throw new Error('out/ has no build: run `npm run build` first');
  mkdirSync(SHOTS, { recursive: true });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(path.join(ROOT, 'node_modules', '.bin', 'serve'), [OUT, '-l', `tcp://127.0.0.1:${port}`, '--no-port-switching', '--no-clipboard'], { stdio: 'ignore' });
  const browser = await chromium
    .launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'] })
    .catch((err: unknown) => {
      server.kill();
      throw err;
    });
  try {
    await waitForServer(`${base}/`);
    for (const variant of VARIANTS) {
      const context = await browser.newContext({ viewport: variant.viewport, colorScheme: variant.colorScheme, baseURL: base });
      const page = await context.newPage();
      for (const shot of SHOTS_TO_TAKE) {
        await page.emulateMedia({ media: 'screen' });
        await page.goto(shot.url, { waitUntil: 'networkidle' });
        await shot.prepare?.(page);
        const file = path.join(SHOTS, `${shot.name}-${variant.name}.png`);
        // The home panel is the thing to see there, not the whole page under it.
        await page.screenshot({ path: file, fullPage: !shot.name.startsWith('home-') });
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        console.log(`${path.relative(ROOT, file)}${wide > variant.viewport.width ? `  (page scrolls sideways: ${wide}px)` : ''}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

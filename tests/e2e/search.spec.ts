import { expect, test } from '@playwright/test';
import { kb } from './kb';

const PORTAL_BLOCK = `Error code: SystemForCrossDomainIdentityManagementCredentialValidationUnavailable
Details: We received this unexpected response from your application: Received response from Web resource. Resource: https://app07.fabrikam.example:8585/ecma2host_HRDB/scim/Users?filter=PLACEHOLDER+eq+"0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9" Operation: GET Response Status Code: InternalServerError`;

test('paste an error on the home page and land on the page that resolves it', async ({ page }) => {
  const { symptoms } = await kb();
  const target = symptoms.find((s) => s.errors.includes('Invalid LDAP style of object\'s DN'))!;
  await page.goto('/');
  const box = page.locator('[data-search-input="main"]');
  await box.fill("10/03/2026 09:01:26 AM  Error  Microsoft.ECMA2Host  Invalid LDAP style of object's DN. DN: kim.ng@northwind.example");
  // Results appear as you type, before pressing Enter.
  const panel = page.getByRole('search').filter({ has: box });
  await expect(panel.getByRole('option').first()).toContainText(target.title);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  const results = page.getByTestId('search-results');
  await expect(results.getByRole('link').first()).toHaveText(target.title);
  await expect(page.getByTestId('search-verdict')).toHaveText(/Best match/);
  // The evidence highlights the part of the paste that matched.
  await expect(page.getByTestId('search-evidence').first().locator('mark').first()).toContainText(/Invalid LDAP style/i);
  await results.getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/symptoms/${target.slug}/\\?`));
  await expect(page.getByRole('heading', { level: 1, name: target.title })).toBeVisible();
});

test('a /search/?q= deep link renders results cold, with values taken from the paste', async ({ page }) => {
  const { symptoms } = await kb();
  const target = symptoms.find((s) => s.errors.includes('SystemForCrossDomainIdentityManagementCredentialValidationUnavailable'))!;
  await page.goto(`/search/?q=${encodeURIComponent(PORTAL_BLOCK)}`);
  await expect(page.locator('#search-text')).toHaveValue(PORTAL_BLOCK);
  await expect(page.getByTestId('search-results').getByRole('link').first()).toHaveText(target.title);
  const extracted = page.getByTestId('search-extracted');
  await expect(extracted).toContainText('HRDB');
  await expect(extracted).toContainText('0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9');
});

test('an error the site does not cover says so and offers the guided walk', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('ORA-12154: TNS:could not resolve the connect identifier specified')}`);
  await expect(page.getByTestId('search-verdict')).toHaveText('No confident match');
  await expect(page.getByRole('link', { name: 'Start guided troubleshooting' }).last()).toBeVisible();
});

test('a pasted log lists every known error with its line', async ({ page }) => {
  const log = [
    '10/03/2026 08:00:11 AM  Information  AADConnectProvisioningAgent  Connecting to the hybrid identity service.',
    "10/03/2026 08:09:21 AM  Error  AADConnectProvisioningAgent  Unable to initialize metrics collector, exception: 'System.UnauthorizedAccessException: Access to the registry key 'Global' is denied.",
    '10/03/2026 08:10:00 AM  Information  AADConnectProvisioningAgent  Heartbeat sent.',
    '10/03/2026 08:29:20 AM  Error  Microsoft.ECMA2Host  ExportErrorCustomContinueRun. objectClass: value #0 invalid per syntax',
  ].join('\n');
  await page.goto('/search/');
  await page.locator('#search-text').fill(log);
  const findings = page.getByTestId('search-findings');
  await expect(findings.locator('li')).toHaveCount(2);
  await expect(findings.locator('li').nth(0)).toContainText('line 2');
  await expect(findings.locator('li').nth(1)).toContainText('line 4');
});

test('Ctrl+K focuses the search box from any page', async ({ page }) => {
  const { symptoms } = await kb();
  // The shortcut listens only once the page has hydrated, so the key is pressed until it is heard.
  const pressUntilFocused = (box: string) =>
    expect(async () => {
      await page.keyboard.press('Control+k');
      await expect(page.locator(`[data-search-input="${box}"]`)).toBeFocused({ timeout: 250 });
    }).toPass({ timeout: 10_000 });
  await page.goto(`/symptoms/${symptoms[0]!.slug}/`);
  await pressUntilFocused('header');
  await page.goto('/');
  await pressUntilFocused('main');
});

test('hostile text in ?q= is shown as text, never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const payload = '<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=1</script>';
  await page.goto(`/search/?q=${encodeURIComponent(payload)}`);
  await expect(page.getByTestId('search-verdict')).toBeVisible();
  await expect(page.locator('#search-text')).toHaveValue(payload);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
});

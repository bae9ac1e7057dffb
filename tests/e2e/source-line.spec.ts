/** A support engineer citing a page: it names its official source, links to it and says when it was last reviewed. */
import { expect, test } from '@playwright/test';
import { kb } from './kb';

test('a symptom page says what it is based on, links to that section and shows when it was last reviewed', async ({ page }) => {
  const symptom = (await kb()).symptoms.find((s) => s.slug === 'agent-service-fails-to-start')!;
  await page.goto(`/symptoms/${symptom.slug}/`);
  const line = page.getByTestId('source-line');
  await expect(line).toContainText(`Based on: Microsoft Learn › Troubleshoot on-premises application provisioning › ${symptom.source.section}`);
  const link = line.getByRole('link', { name: `Microsoft Learn › Troubleshoot on-premises application provisioning › ${symptom.source.section}` });
  await expect(link).toHaveAttribute(
    'href',
    'https://learn.microsoft.com/en-us/entra/identity/app-provisioning/on-premises-ecma-troubleshoot#agent-failed-to-start',
  );
  await expect(line).toContainText(`Last reviewed ${symptom.reviewed}`);
  await expect(line.locator('time')).toHaveAttribute('datetime', symptom.reviewed);
});

test('the step that runs the agent as a domain admin carries its warning where the step link lands', async ({ page }) => {
  await page.goto('/symptoms/agent-service-fails-to-start/#set-log-on-account');
  const step = page.locator('section#set-log-on-account');
  await expect(step.getByRole('note', { name: 'Security warning' })).toContainText('stop-gap');
});

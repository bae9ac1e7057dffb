import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { auditedPages, openIn, type Scheme } from './site';

/**
 * axe-core over the pages an admin actually uses, in both colour schemes. Serious and critical
 * violations fail the test (moderate ones are advisory, as axe's own impact scale intends).
 */

/**
 * Violations that are reported to their owner and not yet fixed, each matched narrowly: one rule on
 * elements matching one selector. Everything else still fails. An entry that stops occurring is noted
 * on the test, so it gets deleted once fixed.
 */
for (const scheme of ['light', 'dark'] as Scheme[]) {
  test(`no serious or critical axe violations (${scheme})`, async ({ page }) => {
    test.setTimeout(90_000);
    const found: string[] = [];
    for (const { name, url } of await auditedPages()) {
      await openIn(page, url, scheme);
      const { violations } = await new AxeBuilder({ page }).analyze();
      for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
        const nodes = v.nodes;
        const where = nodes.slice(0, 3).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, ' ')})` : ''}`);
        found.push(`${name} ${url}: [${v.impact}] ${v.id}: ${v.help}\n      ${where.join('\n      ')}`);
      }
    }
    expect(found, found.join('\n')).toEqual([]);
  });
}

/** scripts/csp.ts: the post-build step that puts a hash-based Content-Security-Policy into each page. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyPolicy, buildPolicy, inlineScripts } from '@/scripts/csp';

const hashOf = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const page = (head: string, body = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`;

describe('csp', () => {
  const html = page(
    '<script src="/_next/static/chunks/a.js" async=""></script><script id="_R_">self.x=1</script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script type="module">\n  two\n</script>',
  );

  it('finds inline scripts only, with their exact text', () => {
    expect(inlineScripts(html)).toEqual(['self.x=1', '(self.__next_f=self.__next_f||[]).push([0])', '\n  two\n']);
  });

  it('allows exactly those scripts by hash, and never unsafe-inline for scripts', () => {
    const scriptSrc = buildPolicy(inlineScripts(html)).split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe(`script-src 'self' ${['self.x=1', '(self.__next_f=self.__next_f||[]).push([0])', '\n  two\n'].map(hashOf).join(' ')}`);
    expect(buildPolicy([])).toContain("object-src 'none'");
    expect(buildPolicy([])).toContain("base-uri 'self'");
  });

  it('puts the policy right after the charset, before any script, and replaces it when run again', () => {
    const once = applyPolicy(html);
    expect(once.indexOf('<meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy"')).toBeGreaterThan(0);
    expect(once.indexOf('Content-Security-Policy')).toBeLessThan(once.indexOf('<script'));
    expect(applyPolicy(once)).toBe(once);
    expect(once.match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  it('hashes a page whose inline script changed since the last run afresh', () => {
    const changed = applyPolicy(applyPolicy(html).replace('self.x=1', 'self.x=2'));
    expect(changed).toContain(hashOf('self.x=2'));
    expect(changed).not.toContain(hashOf('self.x=1'));
  });
});

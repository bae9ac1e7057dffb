/** /go/<ID>/ is a document written as a string (lib/redirect.ts): nothing a title holds may become markup. */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { buildRedirectPage } from '@/lib/redirect';

describe('buildRedirectPage', () => {
  const hostile = 'Fails with <script>alert(1)</script> & "quotes"';
  const html = buildRedirectPage({ to: '/symptoms/a-page/', title: hostile, pageTitle: `${hostile} (PT-0101)`, origin: new URL('https://kb.example.com') });
  const doc = parse(html);

  it('sends the browser on three ways: refresh, a script that keeps ?… and #…, and a visible link', () => {
    expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/symptoms/a-page/');
    expect(doc.querySelectorAll('script').map((s) => s.text)).toEqual(['location.replace("/symptoms/a-page/" + location.search + location.hash)']);
    expect(doc.querySelector('main a')?.getAttribute('href')).toBe('/symptoms/a-page/');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://kb.example.com/symptoms/a-page/');
  });

  it('writes a title as text, never as markup', () => {
    expect(doc.querySelector('main a')?.text).toBe(hostile);
    expect(doc.querySelector('title')?.text).toBe(`${hostile} (PT-0101) · Provisioning Troubleshooter`);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
  });

  it('writes no canonical link without a known origin', () => {
    expect(buildRedirectPage({ to: '/symptoms/a-page/', title: 't', pageTitle: 't' })).not.toContain('canonical');
  });
});

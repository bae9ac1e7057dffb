/** User text never becomes markup: the one inline script the site writes, and a guard on raw HTML in source. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RedirectNotice } from '@/components/redirect-notice';
import { scriptJson } from '@/lib/script-json';

const root = path.resolve(__dirname, '../..');
const HOSTILE = ['</script><script>alert(1)</script>', '<!--<script>', '</SCRIPT >', '"+alert(1)+"', "'-alert(1)-'", '\u2028\u2029', 'a&amp;b', '${alert(1)}'];

describe('scriptJson', () => {
  it.each(HOSTILE)('keeps %j a plain string that cannot end the script', (value) => {
    const json = scriptJson(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toBe(value);
    expect(new Function(`return ${json}`)()).toBe(value);
  });
});

describe('RedirectNotice', () => {
  it('writes exactly one script however hostile the target URL', () => {
    for (const value of HOSTILE) {
      const html = renderToStaticMarkup(createElement(RedirectNotice, { to: `/symptoms/x/${value}`, title: value }));
      expect(html.match(/<script/gi)).toHaveLength(1);
      expect(html.match(/<\/script/gi)).toHaveLength(1);
    }
  });
});

/**
 * Files allowed to set raw HTML, each with why it is safe. Anything else must render text nodes; add a
 * file here only when its HTML is fixed at build time and never contains user input.
 */
const RAW_HTML_ALLOWED: Record<string, string> = {
  'components/redirect-notice.tsx': 'a build-time URL, escaped with scriptJson',
  'app/layout.tsx': 'THEME_SCRIPT, a fixed string (components/theme/theme-script.ts) with no user data in it',
};

const sourceFiles = (dir: string): string[] =>
  (readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => /\.(tsx?|mdx?)$/.test(f))
    .map((f) => path.join(dir, f).split(path.sep).join('/'));

describe('raw HTML in source', () => {
  it('is set only where RAW_HTML_ALLOWED says why it is safe', () => {
    const offenders = ['app', 'components', 'lib']
      .flatMap(sourceFiles)
      .filter((f) => /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write/.test(readFileSync(path.join(root, f), 'utf8')))
      .filter((f) => !(f in RAW_HTML_ALLOWED));
    expect(offenders).toEqual([]);
  });
});

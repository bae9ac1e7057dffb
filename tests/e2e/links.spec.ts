import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';
import { listHtmlFiles, requireOut, urlPathOf } from '@/scripts/out-dir';

/**
 * Crawls the static export on disk (no server): every internal href, src and action on every page
 * must name a file that `next build` wrote, and every #fragment an id on the page it points to.
 * A ?query never changes which file is served, so it is ignored; the walk's ?path=…#n-<node> links
 * resolve to the static walk's <section id="n-<node>">. External http(s), mailto: and tel: are skipped.
 */
const ORIGIN = 'http://site.invalid';
const ATTRS: Array<[string, string]> = [['a', 'href'], ['link', 'href'], ['script', 'src'], ['img', 'src'], ['form', 'action'], ['iframe', 'src'], ['source', 'src']];

test('no broken internal link or anchor in out/', () => {
  const out = requireOut();
  const pages = listHtmlFiles(out);
  const docs = new Map<string, HTMLElement>();
  const doc = (file: string) => {
    let d = docs.get(file);
    if (!d) docs.set(file, (d = parse(readFileSync(path.join(out, file), 'utf8'))));
    return d;
  };
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let s = ids.get(file);
    if (!s) ids.set(file, (s = new Set(doc(file).querySelectorAll('[id], a[name]').map((el) => el.getAttribute('id') ?? el.getAttribute('name')!))));
    return s;
  };
  /** The file a URL path is served from, or null (trailing-slash folders hold index.html). */
  const fileFor = (urlPath: string): string | null => {
    const rel = decodeURIComponent(urlPath).replace(/^\//, '');
    const candidate = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
    const full = path.join(out, candidate);
    return existsSync(full) && statSync(full).isFile() ? candidate : null;
  };

  const broken: string[] = [];
  let links = 0;
  let anchors = 0;
  for (const page of pages) {
    const base = new URL(urlPathOf(page), ORIGIN);
    for (const [tag, attr] of ATTRS) {
      for (const el of doc(page).querySelectorAll(`${tag}[${attr}]`)) {
        const raw = el.getAttribute(attr)!;
        if (/^(mailto|tel|data):/i.test(raw)) continue;
        const url = new URL(raw, base);
        if (url.origin !== ORIGIN) {
          if (!/^https?:$/.test(url.protocol)) broken.push(`${page}: <${tag} ${attr}="${raw}"> is not a web link`);
          continue;
        }
        links++;
        const target = fileFor(url.pathname);
        if (!target) {
          broken.push(`${page}: <${tag} ${attr}="${raw}"> → no file for ${url.pathname}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (!fragment) continue;
        anchors++;
        if (!idsOf(target).has(fragment)) broken.push(`${page}: <${tag} ${attr}="${raw}"> → ${target} has no id="${fragment}"`);
      }
    }
  }
  console.log(`links: ${pages.length} pages, ${links} internal links (${anchors} with #fragments) checked, ${broken.length} broken`);
  expect(pages.length).toBeGreaterThan(10);
  expect(anchors).toBeGreaterThan(0);
  expect(broken, broken.join('\n')).toEqual([]);
});

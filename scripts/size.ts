/**
 * npm run size: what a first visit downloads, from the static export, gzipped with node:zlib (default
 * level, as most static hosts serve). Prints figures and exits 1 when a budget is exceeded.
 *
 * First-load JavaScript of a page = every chunk its HTML makes a modern browser fetch before it is
 * interactive: <script src> (not nomodule, which modern browsers skip), <link rel=preload as=script>,
 * and the chunks the inline Turbopack bootstrap lists. The inline scripts themselves (chunk list and
 * RSC payload) are counted in the HTML figure, since they arrive inside it.
 *
 * Budget: 200 KB gzipped first-load JS for home, and for each other page measured.
 *
 *   npm run build && npm run size
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { loadKnowledgeBase } from '../lib/content/load';
import { entryTree } from '../lib/content/query';
import { searchIndexUrl } from '../lib/routes';
import { requireOut } from './out-dir';

const BUDGETS_KB = { firstLoadJs: 200 } as const;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (buf: Buffer) => gzipSync(buf).length;

/** URL paths of the JavaScript a page loads up front, in a stable order. */
function firstLoadScripts(html: string): string[] {
  const doc = parse(html);
  const srcs = new Set<string>();
  for (const s of doc.querySelectorAll('script[src]')) if (!s.hasAttribute('nomodule')) srcs.add(s.getAttribute('src')!);
  for (const l of doc.querySelectorAll('link[rel="preload"][as="script"]')) srcs.add(l.getAttribute('href')!);
  for (const s of doc.querySelectorAll('script:not([src])')) {
    for (const m of s.text.matchAll(/"(?:\/_next\/)?(static\/chunks\/[^"\\]+\.js)"/g)) srcs.add(`/_next/${m[1]}`);
  }
  return [...srcs].map((s) => s.split('?')[0]!).sort();
}

type Weight = { js: number; jsGz: number; files: number; cssGz: number; htmlGz: number };

function weigh(out: string, page: string): Weight {
  const html = readFileSync(path.join(out, page));
  const doc = parse(html.toString('utf8'));
  const scripts = firstLoadScripts(html.toString('utf8')).map((src) => readFileSync(path.join(out, src)));
  const css = doc.querySelectorAll('link[rel="stylesheet"]').map((l) => readFileSync(path.join(out, l.getAttribute('href')!.split('?')[0]!)));
  return {
    js: scripts.reduce((n, b) => n + b.length, 0),
    jsGz: scripts.reduce((n, b) => n + gz(b), 0),
    files: scripts.length,
    cssGz: css.reduce((n, b) => n + gz(b), 0),
    htmlGz: gz(html),
  };
}

async function main(): Promise<number> {
  const out = requireOut();
  const knowledge = await loadKnowledgeBase();
  const symptom = knowledge.symptoms.find((s) => s.slug === 'invalid-ldap-style-dn') ?? knowledge.symptoms[0]!;
  const pages: Array<[string, string]> = [
    ['home', 'index.html'],
    [`symptom (${symptom.slug})`, `symptoms/${symptom.slug}/index.html`],
    [`walk (${entryTree(knowledge).id})`, `troubleshoot/${entryTree(knowledge).id}/index.html`],
    ['search', 'search/index.html'],
    ['error index', 'errors/index.html'],
  ];
  console.log(`${'page'.padEnd(40)}${'JS files'.padStart(9)}${'JS raw'.padStart(11)}${'JS gzip'.padStart(11)}${'CSS gzip'.padStart(11)}${'HTML gzip'.padStart(11)}`);
  const weights = new Map<string, Weight>();
  for (const [name, file] of pages) {
    const w = weigh(out, file);
    weights.set(name, w);
    console.log(`${name.padEnd(40)}${String(w.files).padStart(9)}${kb(w.js).padStart(11)}${kb(w.jsGz).padStart(11)}${kb(w.cssGz).padStart(11)}${kb(w.htmlGz).padStart(11)}`);
  }
  const index = readFileSync(path.join(out, searchIndexUrl()));
  console.log(`search index ${searchIndexUrl()}: ${kb(index.length)} raw, ${kb(gz(index))} gzip (fetched on first search only)`);

  // Home is the budget the issue set; the other pages are held to it too, so one page's import can't quietly grow.
  let over = 0;
  for (const [name, w] of weights) {
    const ok = w.jsGz <= BUDGETS_KB.firstLoadJs * 1024;
    if (!ok || name === 'home') console.log(`budget: ${name} first-load JS ${kb(w.jsGz)} gzip <= ${BUDGETS_KB.firstLoadJs} KB: ${ok ? 'ok' : 'EXCEEDED'}`);
    if (!ok) over++;
  }
  return over ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(2);
  },
);

/**
 * Post-build step (`npm run build` runs it after `next build`): gives every page in out/ a
 * Content-Security-Policy <meta> that allows exactly the inline scripts that page was built with.
 *
 * A static host may not let us set headers, so the policy travels in the HTML. Next's static export
 * writes inline scripts into every page (the Turbopack chunk list and the `self.__next_f.push` RSC
 * payload; plus any small inline script a component renders, such as the redirect in
 * components/redirect-notice.tsx). They differ per page, so each page gets the sha256 of each of its
 * own inline scripts instead of 'unsafe-inline': an injected script that was not in the build does not run.
 *
 * What the policy allows, and why:
 *   default-src 'self'                 anything not named below: this site only
 *   script-src 'self' 'sha256-…'       the _next/static chunks (and the search worker), plus this page's inline scripts
 *   style-src 'self' 'unsafe-inline'   the Tailwind stylesheet, and style attributes that React and Next set
 *                                      (hashes do not cover style attributes; CSS cannot run code)
 *   img-src 'self' data:               the icon, and data: URIs that CSS may use
 *   font-src 'self'                    system fonts only; nothing from elsewhere
 *   connect-src 'self'                 the search index and the RSC payloads fetched on client navigation
 *   worker-src 'self'                  the search worker, a file under /_next/static
 *   object-src 'none'                  no plugins
 *   base-uri 'self'                    an injected <base> cannot redirect relative URLs
 *   form-action 'self'                 the search form posts only to /search/
 * Not possible in a <meta> (needs a response header from the host): frame-ancestors (clickjacking),
 * report-uri / report-to, sandbox. See README › Deploying.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { listHtmlFiles, requireOut } from './out-dir';

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const META_CSP = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/;

/** The text of every inline (no src) script, exactly as the browser hashes it. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].filter((m) => !/\ssrc\s*=/i.test(m[1]!)).map((m) => m[2]!);
}

export const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function buildPolicy(scripts: readonly string[]): string {
  const hashes = [...new Set(scripts.map(sha256))];
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Puts the policy first in <head>, right after the charset (which must stay in the first 1024 bytes):
 * a meta policy only governs what comes after it. Running twice replaces the earlier policy.
 */
export function applyPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${buildPolicy(inlineScripts(html))}"/>`;
  if (META_CSP.test(html)) return html.replace(META_CSP, meta);
  const charset = /<meta charSet="utf-8"\/>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('no <head> to put the Content-Security-Policy in');
  return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
}

function main(): void {
  const out = requireOut();
  const files = listHtmlFiles(out);
  let hashes = 0;
  for (const file of files) {
    const full = path.join(out, file);
    const html = readFileSync(full, 'utf8');
    writeFileSync(full, applyPolicy(html));
    hashes += new Set(inlineScripts(html)).size;
  }
  console.log(`csp: policy with ${hashes} inline-script hashes written to ${files.length} pages`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();

/**
 * Redirect pages that work on any static host (README › URL contract): a meta refresh, a script for
 * hosts that strip it which keeps `?…` and `#…` (a step anchor survives), and a visible link for
 * everyone else. components/redirect-notice.tsx renders one inside the site (renamed slugs);
 * buildRedirectPage writes the whole document for /go/<ID>/ (scripts/go-pages.ts), two per page,
 * which need no React render: thousands of them cost a string each.
 */
import { scriptJson } from './script-json';
import { escapeXml, SITE_NAME } from './opensearch';

/** `to` is a build-time URL, escaped with scriptJson so no value can end the script early. */
export const redirectScript = (to: string): string => `location.replace(${scriptJson(to)} + location.search + location.hash)`;

/**
 * The whole HTML document of a redirect. The script runs in <head>, before anything is painted; the
 * body, styled inline for both colour schemes, is what a reader without script or refresh sees.
 */
export function buildRedirectPage({ to, title, pageTitle, origin }: { to: string; title: string; pageTitle: string; origin?: URL }): string {
  const href = escapeXml(to);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8"/>',
    '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
    `<title>${escapeXml(`${pageTitle} · ${SITE_NAME}`)}</title>`,
    '<meta name="robots" content="noindex"/>',
    `<meta http-equiv="refresh" content="0; url=${href}"/>`,
    ...(origin ? [`<link rel="canonical" href="${escapeXml(new URL(to, origin).href)}"/>`] : []),
    `<script>${redirectScript(to)}</script>`,
    '<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#0f172a;background:#fff}a{color:#1e40af}@media (prefers-color-scheme:dark){body{color:#e2e8f0;background:#020617}a{color:#93c5fd}}</style>',
    '</head>',
    '<body>',
    '<main>',
    '<h1>This page has moved</h1>',
    `<p>Go to <a href="${href}">${escapeXml(title)}</a>.</p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

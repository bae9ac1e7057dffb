/**
 * Post-build step (`npm run build` runs it after `next build`, before scripts/csp.ts, which gives these
 * pages their policy too): writes /go/<ID>/ (README › URL contract) into out/ as small redirect
 * documents (lib/redirect.ts), one for each spelling of each ID, from the catalogue the build wrote
 * (out/api/symptoms.json: every page's id, title and address).
 *
 * Not a Next route, and not a page render: there are two per symptom, and Next hands each build worker
 * a run of routes in order, so thousands of redirects ahead of the symptom pages kept those, the pages
 * that cost something, on one worker. Here each is one file write.
 *
 *   --out DIR   the export to write into (default: this checkout's out/; bench:build names its own)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { CatalogueEntry } from '../lib/catalogue';
import { configuredOrigin } from '../lib/opensearch';
import { buildRedirectPage } from '../lib/redirect';
import { goSpellings, goUrl } from '../lib/routes';
import { OUT_DIR } from './out-dir';

export function writeGoPages(outDir: string): number {
  const catalogue = JSON.parse(readFileSync(path.join(outDir, 'api', 'symptoms.json'), 'utf8')) as CatalogueEntry[];
  const origin = configuredOrigin(process.env.SITE_URL);
  let written = 0;
  for (const entry of catalogue) {
    const page = buildRedirectPage({ to: entry.url, title: entry.title, pageTitle: `${entry.title} (${entry.id})`, origin });
    for (const id of goSpellings(entry.id)) {
      const dir = path.join(outDir, goUrl(id));
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'index.html'), page);
      written++;
    }
  }
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: OUT_DIR } } });
  console.log(`go-pages: ${writeGoPages(path.resolve(values.out))} redirect pages written under ${path.join(values.out, 'go')}`);
}

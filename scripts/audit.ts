/**
 * npm run audit: Lighthouse (pinned 12.2.3) against the static export, served locally, with Debian's
 * Chromium. Prints the four category scores for the home page and a symptom page, on Lighthouse's
 * default mobile profile (simulated slow 4G, 4x CPU slowdown) and on its desktop profile.
 *
 * Performance is a timing, so it moves with whatever else the machine is doing: each page is measured
 * --runs times (default 3) and the median is printed with the range and the load average, as
 * Lighthouse's own docs advise. A category under its target lists the audits that cost it points
 * (--verbose lists them for every category under 100). Exits 1 when a median misses a target.
 * Not part of `npm test`: it takes minutes, and scores are measurements, not assertions.
 *
 *   npm run build && npm run audit [-- [--runs=N] [--verbose] [/some/path/ ...]]
 */
import { loadavg } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags, type Result } from 'lighthouse';
import { loadKnowledgeBase } from '../lib/content/load';
import { symptomUrl } from '../lib/routes';
import { serveOut } from './out-dir';

const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 95 } as const;
type Category = keyof typeof TARGETS;
const CATEGORIES = Object.keys(TARGETS) as Category[];

/** A symptom page with code blocks, a note and error text, so the audit sees a full page. */
async function defaultPaths(): Promise<string[]> {
  const kb = await loadKnowledgeBase();
  const symptom = kb.symptoms.find((s) => s.slug === 'invalid-ldap-style-dn') ?? kb.symptoms[0]!;
  return ['/', symptomUrl(symptom.slug)];
}

const scoreOf = (lhr: Result, c: Category): number => Math.round((lhr.categories[c]?.score ?? 0) * 100);

const failingAudits = (lhr: Result, c: Category): string[] =>
  lhr.categories[c]!.auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id]!)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
    .map((a) => `      - ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 3);
  const verbose = args.includes('--verbose');
  const paths = args.filter((a) => a.startsWith('/'));
  const server = await serveOut();
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  let missed = 0;
  const lines: string[] = [
    `lighthouse 12.2.3, median of ${runs} run(s); load average before: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`,
    `${'page'.padEnd(34)} ${'profile'.padEnd(8)}${CATEGORIES.map((c) => c.padStart(16)).join('')}`,
  ];
  try {
    const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
    for (const p of paths.length ? paths : await defaultPaths()) {
      for (const [profile, config] of [['mobile', undefined], ['desktop', desktopConfig]] as const) {
        const results: Result[] = [];
        for (let i = 0; i < runs; i++) {
          const run = await lighthouse(server.origin + p, flags, config);
          if (!run) throw new Error(`lighthouse returned nothing for ${p}`);
          results.push(run.lhr);
        }
        const cells = CATEGORIES.map((c) => {
          const all = results.map((r) => scoreOf(r, c));
          const lo = Math.min(...all);
          const hi = Math.max(...all);
          return `${median(all)}${lo === hi ? '' : ` (${lo}-${hi})`}`.padStart(16);
        });
        lines.push(`${p.padEnd(34)} ${profile.padEnd(8)}${cells.join('')}`);
        for (const c of CATEGORIES) {
          // Explain with the run whose score is the median, so the audits listed match the figure.
          const m = median(results.map((r) => scoreOf(r, c)));
          const lhr = results.find((r) => scoreOf(r, c) === m)!;
          if (m < TARGETS[c]) {
            missed++;
            lines.push(`    ${c} ${m} < ${TARGETS[c]}:`, ...failingAudits(lhr, c));
          } else if (verbose && m < 100) {
            lines.push(`    ${c} ${m}:`, ...failingAudits(lhr, c));
          }
        }
      }
    }
    lines.push(`targets: ${CATEGORIES.map((c) => `${c} >= ${TARGETS[c]}`).join(', ')}: ${missed ? `${missed} missed` : 'all met'}`);
    console.log(lines.join('\n'));
  } finally {
    await chrome.kill();
    server.close();
  }
  return missed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(2);
  },
);

/**
 * npm run bench:properties: the robustness figures of tests/unit/search/properties.test.ts on a larger
 * sample, without asserting anything. Every declared error and example of the real content/, through
 * every format × noise of tests/fixtures/search/paste-generator, against the site's own search;
 * prints top-1, top-3, `none` and right-as-`match` rates per format and per noise, the failure
 * classes, the page taken instead of the right one, the worst failures, a format × noise matrix, and
 * the look-alikes (and the content's own `notFor:` near misses) answered `match`.
 *
 *   npm run bench:properties                        # up to 20,000 pastes, seed 20261130
 *   npm run bench:properties -- --budget 5000 --seed 7 --worst 30
 *   npm run bench:properties -- --format graph-json,event-viewer-xml --noise typo --page PT-0105
 *   npm run bench:properties -- --held-out          # noises the asserted test does not use
 */
import { performance } from 'node:perf_hooks';
import {
  collectPasteSources,
  FORMATS,
  formatLookAlikeReport,
  formatMatrix,
  formatPropertyReport,
  generateLookAlikes,
  generateNearMisses,
  generatePastes,
  HELD_OUT_NOISES,
  NOISES,
  scoreLookAlikes,
  scorePastes,
} from '../tests/fixtures/search/paste-generator/index';
import { loadSiteSearch } from '../tests/fixtures/search/paste-generator/load-site-search';

const argument = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
};

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function numberOption(name: string, fallback: number): number {
  const raw = argument(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) fail(`--${name} needs a number, got ${JSON.stringify(raw)}`);
  return Math.floor(value);
}

/** A comma-separated subset of known ids; all of them when the option is absent. */
function subsetOption<T>(name: string, all: readonly T[], id: (t: T) => string, fallback: readonly T[] = all): T[] {
  const raw = argument(name);
  if (raw === undefined) return [...fallback];
  const wanted = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = wanted.filter((w) => !all.some((t) => id(t) === w));
  if (unknown.length) fail(`--${name}: unknown ${unknown.join(', ')}; known: ${all.map(id).join(', ')}`);
  return all.filter((t) => wanted.includes(id(t)));
}

const seed = numberOption('seed', 20_261_130);
const budget = numberOption('budget', 20_000);
const worst = numberOption('worst', 20);
const formats = subsetOption('format', FORMATS, (f) => f.id);
// --held-out measures the noises the test does not assert on, as a check that tuning generalises.
const noises = subsetOption('noise', [...NOISES, ...HELD_OUT_NOISES], (n) => n.id, process.argv.includes('--held-out') ? HELD_OUT_NOISES : NOISES);

const { symptoms, search, ours } = await loadSiteSearch();
const collected = collectPasteSources(symptoms);
const pages = subsetOption('page', symptoms, (s) => s.id).map((s) => s.id);
const sources = collected.sources.filter((s) => pages.includes(s.pageId));
const nearMisses = collected.nearMisses.filter((s) => pages.includes(s.pageId));
const { skipped } = collected;
console.log(`seed ${seed}; ${sources.length} error templates from ${symptoms.length - skipped.length} of ${symptoms.length} pages (examples are run as written by kb check)`);
console.log(`skipped (no error template): ${skipped.length}${skipped.length ? ` — ${skipped.join(', ')}` : ''}`);
if (sources.length === 0) fail('nothing to paste: no error templates on the pages chosen');

// The test renders each source × format × noise once; here every cell is rendered again with other
// values (seed, seed + 1, …) until the budget is used, so rare slot values and framings show up too.
const cells = sources.length * formats.length * noises.length;
const rounds = Math.max(1, Math.floor(budget / Math.max(1, cells)));
const pastes = Array.from({ length: rounds }, (_, r) => generatePastes(sources, { seed: seed + r, budget: Math.min(budget, cells), formats, noises })).flat();
const started = performance.now();
const outcomes = scorePastes(search, pastes);
const elapsed = performance.now() - started;
console.log(
  `${pastes.length} pastes (${rounds} round${rounds === 1 ? '' : 's'} over ${Math.min(budget, cells)} of ${cells} source × format × noise cells) in ${(elapsed / 1000).toFixed(1)} s (${(elapsed / Math.max(1, pastes.length)).toFixed(2)} ms each)\n`,
);
console.log(formatPropertyReport(outcomes, worst));
console.log('');
console.log(formatMatrix(outcomes));
console.log('');
console.log(formatLookAlikeReport(scoreLookAlikes(search, generateLookAlikes(sources, seed)), worst));
if (nearMisses.length) {
  console.log('');
  console.log(formatLookAlikeReport(scoreLookAlikes(search, generateNearMisses(nearMisses, seed, formats, ours)), worst).replace(/^look-alikes:/, 'near misses (notFor):'));
}

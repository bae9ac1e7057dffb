/**
 * npm run bench:properties: the robustness figures of tests/unit/search/properties.test.ts on a larger
 * sample, without asserting anything. Every declared error and example of the real content/, through
 * every format × noise of tests/fixtures/search/paste-generator, against the site's own search;
 * prints top-1, top-3, `none` and right-as-`match` rates per format and per noise, the failure
 * classes, the worst failures, and the look-alikes answered `match`.
 *
 *   npm run bench:properties                        # up to 20,000 pastes, seed 20261130
 *   npm run bench:properties -- --budget 5000 --seed 7 --worst 30
 */
import { performance } from 'node:perf_hooks';
import {
  collectPasteSources,
  FORMATS,
  formatLookAlikeReport,
  formatMatrix,
  formatPropertyReport,
  generateLookAlikes,
  generatePastes,
  NOISES,
  scoreLookAlikes,
  scorePastes,
} from '../tests/fixtures/search/paste-generator/index';
import { loadSiteSearch } from '../tests/fixtures/search/paste-generator/load-site-search';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i === -1 ? undefined : Number(process.argv[i + 1]);
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) {
    console.error(`--${name} needs a number, got ${JSON.stringify(process.argv[i + 1])}`);
    process.exit(2);
  }
  return Math.floor(value);
}

const seed = option('seed', 20_261_130);
const budget = option('budget', 20_000);
const worst = option('worst', 20);

const { symptoms, search } = await loadSiteSearch();
const { sources, skipped, unreadable } = collectPasteSources(symptoms);
const errors = sources.filter((s) => s.kind === 'error');
console.log(`seed ${seed}; ${errors.length} errors and ${sources.length - errors.length} examples from ${symptoms.length - skipped.length} of ${symptoms.length} pages`);
console.log(`skipped (no errors, no examples): ${skipped.length}${skipped.length ? ` — ${skipped.join(', ')}` : ''}`);
if (unreadable.length) console.log(`unreadable examples: ${unreadable.join('; ')}`);

// The test renders each source × format × noise once; here every cell is rendered again with other
// values (seed, seed + 1, …) until the budget is used, so rare slot values and framings show up too.
const cells = sources.length * FORMATS.length * NOISES.length;
const rounds = Math.max(1, Math.floor(budget / Math.max(1, cells)));
const pastes = Array.from({ length: rounds }, (_, r) => generatePastes(sources, { seed: seed + r, budget: Math.min(budget, cells) })).flat();
const started = performance.now();
const outcomes = scorePastes(search, pastes);
const elapsed = performance.now() - started;
console.log(`${pastes.length} pastes (${rounds} round${rounds === 1 ? '' : 's'} over ${Math.min(budget, cells)} of ${cells} source × format × noise cells) in ${(elapsed / 1000).toFixed(1)} s (${(elapsed / Math.max(1, pastes.length)).toFixed(2)} ms each)\n`);
console.log(formatPropertyReport(outcomes, worst));
console.log('');
console.log(formatMatrix(outcomes));
console.log('');
console.log(formatLookAlikeReport(scoreLookAlikes(search, generateLookAlikes(errors, seed)), worst));

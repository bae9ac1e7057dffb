/**
 * Search benchmark: prints figures, asserts nothing (the unit tests assert).
 *
 *   npx tsx scripts/bench-search.ts            everything
 *   npx tsx scripts/bench-search.ts --quick    skip the 5,000-page scale run
 *
 * It calls `matchQuery` exactly as the page and the CLI do, on an index that went through JSON and
 * `parseSearchIndex` like the browser's. Peers (fuse.js with default options, MiniSearch with
 * `fuzzy: 0.2, prefix: true`) index the same pages and fields.
 *
 * Scoring follows dev-cases.json's `about`: a case is found when the top result is a symptom page
 * whose file (frontmatter + body) contains one of its facts, case-insensitive; an `expect: none`
 * case fails when answered `match`. Peers have no verdict, so any result from them is an answer.
 * "Right and answered match" counts the in-scope cases whose top page is right and whose verdict is
 * a confident `match` rather than `ambiguous`: calibration has a cost, and this is where it shows.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { Symptom, Vocabulary } from '../lib/content/schema';
import { loadKnowledgeBase } from '../lib/content/load';
import { termsOf } from '../lib/search/build-index';
import { buildSearchIndex, matchQuery, parseSearchIndex, type SearchIndex } from '../lib/search/index';
import { editDistance } from '../lib/search/resolve';
import { TYPO_FUSE_OPTIONS } from '../lib/search/runtime';
import { readdirSync } from 'node:fs';
import { generateSyntheticSymptoms, seededRandom } from '../tests/fixtures/search/a-synthetic-kb-of-thousands-of-pages/generate';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// ../shared next to the checkout (or next to the worktrees' folder); sets that are absent are skipped, and said so.
const shared = [path.resolve(repo, '../shared'), path.resolve(repo, '../../shared')].find((p) => existsSync(p)) ?? path.resolve(repo, '../shared');
const quick = process.argv.includes('--quick');

/** `facts` (dev set), `page` (a slug, held-out set) or `expect` (a page ID, or "none": blind sets). */
type Case = { query: string; facts?: string[]; page?: string; expect?: string; kind?: string };
type Answer = { ids: string[]; verdict: 'match' | 'ambiguous' | 'none' };
type Engine = { name: string; answer: (q: string) => Answer };

// ------------------------------------------------------------------------------------------------
// Helpers

const percentile = (values: number[], p: number): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
};
/** A multi-line paste shown on one line of the misses list. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, 70);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const ms = (x: number): string => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const kb = (bytes: number): string => (bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`);
const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
};
function table(headers: string[], rows: string[][]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

function readCases(file: string): Case[] {
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')) as { cases: Case[] }).cases;
}

/** What a fact is checked against: the page's file when it exists (frontmatter + body), else its fields. */
function pageTexts(symptoms: readonly Symptom[], contentRoot: string | null): Map<string, string> {
  return new Map(
    symptoms.map((s) => {
      const file = contentRoot ? path.join(contentRoot, s.file) : '';
      const text = file && existsSync(file) ? readFileSync(file, 'utf8') : JSON.stringify(s);
      return [s.id, text.toLowerCase()];
    }),
  );
}

// ------------------------------------------------------------------------------------------------
// Engines

function ourEngine(index: SearchIndex): Engine {
  return {
    name: 'this engine',
    answer: (q) => {
      const r = matchQuery(index, q, { limit: 10 });
      return { ids: r.results.map((h) => h.id), verdict: r.verdict };
    },
  };
}

type Doc = { id: string; title: string; summary: string; aliases: string; errors: string; bodyText: string };
const docsOf = (symptoms: readonly Symptom[]): Doc[] =>
  symptoms.map((s) => ({ id: s.id, title: s.title, summary: s.summary, aliases: s.aliases.join('\n'), errors: s.errors.join('\n'), bodyText: s.bodyText }));
const FIELDS = ['title', 'summary', 'aliases', 'errors', 'bodyText'] as const;

function fuseDefault(symptoms: readonly Symptom[]): Engine {
  const fuse = new Fuse(docsOf(symptoms), { keys: [...FIELDS] });
  return {
    name: 'fuse.js (defaults)',
    answer: (q) => {
      const ids = fuse.search(q, { limit: 10 }).map((r) => r.item.id);
      return { ids, verdict: ids.length ? 'match' : 'none' };
    },
  };
}

function miniSearch(symptoms: readonly Symptom[]): Engine {
  const ms2 = new MiniSearch<Doc>({ fields: [...FIELDS], storeFields: ['id'], searchOptions: { fuzzy: 0.2, prefix: true } });
  ms2.addAll(docsOf(symptoms));
  return {
    name: 'MiniSearch (fuzzy 0.2, prefix)',
    answer: (q) => {
      const ids = ms2.search(q).slice(0, 10).map((r) => String(r.id));
      return { ids, verdict: ids.length ? 'match' : 'none' };
    },
  };
}

// ------------------------------------------------------------------------------------------------
// Evaluation

type Score = { top1: number; top1InScope: number; top3: number; mrr: number; inScopeMatched: number; oosMatched: number; oosTotal: number; p50: number; p95: number; n: number; misses: string[] };

function evaluate(engine: Engine, cases: readonly Case[], texts: ReadonlyMap<string, string>, eligible: (id: string) => boolean = () => true): Score {
  const latencies: number[] = [];
  let top1 = 0;
  let top1InScope = 0;
  let top3 = 0;
  let rr = 0;
  let inScopeMatched = 0;
  let oosMatched = 0;
  let oosTotal = 0;
  const misses: string[] = [];
  for (const c of cases) engine.answer(c.query); // warm-up: JIT and lazily built structures
  for (const c of cases) {
    let answer: Answer = { ids: [], verdict: 'none' };
    for (let k = 0; k < 5; k++) {
      const [a, t] = time(() => engine.answer(c.query));
      answer = a;
      latencies.push(t);
    }
    if (c.expect === 'none') {
      oosTotal++;
      const ok = answer.verdict !== 'match';
      if (!ok) {
        oosMatched++;
        misses.push(`answered match: ${oneLine(c.query)} -> ${answer.ids[0] ?? ''}`);
      }
      top1 += ok ? 1 : 0;
      top3 += ok ? 1 : 0;
      rr += ok ? 1 : 0;
      continue;
    }
    const good = (id: string): boolean => {
      if (!eligible(id)) return false;
      if (c.page) return texts.get(`slug:${id}`) === c.page;
      if (c.expect && c.expect !== 'none') return id === c.expect;
      const text = texts.get(id) ?? '';
      return (c.facts ?? []).some((f) => text.includes(f.toLowerCase()));
    };
    const rank = answer.ids.findIndex(good);
    if (rank === 0) {
      top1++;
      top1InScope++;
      if (answer.verdict === 'match') inScopeMatched++;
    } else misses.push(`top is ${answer.ids[0] ?? 'nothing'}${rank > 0 ? ` (right one at ${rank + 1})` : ''}: ${oneLine(c.query)}`);
    if (rank >= 0 && rank < 3) top3++;
    if (rank >= 0) rr += 1 / (rank + 1);
  }
  const n = cases.length || 1;
  return { top1: top1 / n, top1InScope: top1InScope / Math.max(1, cases.length - oosTotal), top3: top3 / n, mrr: rr / n, inScopeMatched, oosMatched, oosTotal, p50: percentile(latencies, 50), p95: percentile(latencies, 95), n: cases.length, misses };
}

function printComparison(title: string, scores: Array<[string, Score]>): void {
  console.log(`\n## ${title}\n`);
  table(
    ['engine', 'cases', 'top-1', 'top-1 (in scope only)', 'top-3', 'MRR', 'right and answered match', 'out-of-scope answered match', 'p50', 'p95'],
    scores.map(([name, s]) => [name, String(s.n), pct(s.top1), pct(s.top1InScope), pct(s.top3), s.mrr.toFixed(3), `${s.inScopeMatched}/${s.n - s.oosTotal}`, `${s.oosMatched}/${s.oosTotal}`, ms(s.p50), ms(s.p95)]),
  );
  for (const [name, s] of scores) {
    if (s.misses.length) console.log(`\n${name} misses:\n  ${s.misses.join('\n  ')}`);
  }
}

// ------------------------------------------------------------------------------------------------
// Typo correction: the fuse.js options were chosen with this measurement

function measureTypoOptions(index: SearchIndex): void {
  const vocabulary = index.typo.flatMap((b) => b.terms.map((id) => index.terms[id] ?? ''));
  const targets = vocabulary.filter((w) => w.length >= 5);
  const rnd = seededRandom(7);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const typo = (w: string): string => {
    const i = Math.floor(rnd() * w.length);
    const c = letters[Math.floor(rnd() * 26)] ?? 'x';
    switch (Math.floor(rnd() * 4)) {
      case 0:
        return w.slice(0, i) + w.slice(i + 1);
      case 1:
        return w.slice(0, i) + c + w.slice(i);
      case 2:
        return w.slice(0, i) + c + w.slice(i + 1);
      default:
        return i + 1 < w.length ? w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2) : w.slice(0, -1);
    }
  };
  const known = new Set(vocabulary);
  const pairs = targets.map((w) => [typo(w), w] as const).filter(([t, w]) => t !== w && !known.has(t));
  // Real words this knowledge base does not use: a correction here manufactures evidence.
  const strangers = 'segmentation fault core dumped operable function resolve identifier refused oracle kerberos mailbox printer keyboard monitor battery firewall kernel socket bucket cluster lambda pipeline webhook sharepoint exchange outlook license billing'
    .split(' ')
    .filter((w) => !known.has(w));
  const configs: Array<[string, ConstructorParameters<typeof Fuse<string>>[1]]> = [
    ['defaults', {}],
    ['ignoreLocation, threshold 0.3', { ignoreLocation: true, threshold: 0.3 }],
    ['ignoreLocation, threshold 0.2', { ignoreLocation: true, threshold: 0.2 }],
    ['location 0, distance 8, threshold 0.4 (used)', TYPO_FUSE_OPTIONS],
  ];
  const rows: string[][] = [];
  for (const [name, options] of configs) {
    for (const verify of [false, true]) {
      const fuse = new Fuse(vocabulary, { includeScore: true, ...options });
      const pickFor = (q: string): string | undefined => {
        for (const h of fuse.search(q, { limit: 5 })) {
          if (!verify) return h.item;
          if (q.length < 5) return undefined;
          if (editDistance(q, h.item, q.length >= 8 ? 2 : 1) <= (q.length >= 8 ? 2 : 1)) return h.item;
        }
        return undefined;
      };
      let right = 0;
      let wrong = 0;
      const [, t] = time(() => {
        for (const [q, w] of pairs) {
          const p = pickFor(q);
          if (p === w) right++;
          else if (p !== undefined) wrong++;
        }
      });
      const falseFixes = strangers.filter((s) => pickFor(s) !== undefined).length;
      rows.push([name, verify ? 'yes' : 'no', pct(right / pairs.length), pct(wrong / pairs.length), `${falseFixes}/${strangers.length}`, ms(t / pairs.length)]);
    }
  }
  console.log(`\n## Typo correction: fuse.js options over the vocabulary (${pairs.length} one-edit typos, ${strangers.length} unknown real words)\n`);
  table(['options', 'edit-distance check', 'corrected', 'wrongly corrected', 'unknown words "corrected"', 'per word'], rows);
}

// ------------------------------------------------------------------------------------------------
// Logs

function benchLogs(index: SearchIndex, texts: ReadonlyMap<string, string>): void {
  const logFile = path.join(shared, 'eval/logs/agent-and-host.log');
  const expectedFile = path.join(shared, 'eval/logs/agent-and-host.expected.json');
  if (!existsSync(logFile)) {
    console.log('\n## Logs\n\n(skipping the shared log: ../shared/eval/logs/agent-and-host.log not found beside the repository)');
    return;
  }
  const log = readFileSync(logFile, 'utf8');
  const expected = existsSync(expectedFile) ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as { errors: Array<{ line: number; facts: string[] }> }).errors : [];
  const [r, t] = time(() => matchQuery(index, log));
  console.log(`\n## The ${log.split('\n').length}-line log (${kb(log.length)}): ${r.findings.length} findings in ${ms(t)}, verdict ${r.verdict}\n`);
  const rows = r.findings.map((f) => {
    const want = expected.find((e) => e.line === f.line);
    const ok = want ? want.facts.some((fact) => (texts.get(f.id) ?? '').includes(fact.toLowerCase())) : false;
    return [String(f.line), f.id, f.error.slice(0, 60), want ? (ok ? 'expected, right page' : 'expected line, WRONG page') : 'NOT expected'];
  });
  for (const e of expected) if (!r.findings.some((f) => f.line === e.line)) rows.push([String(e.line), '-', `(missed; facts: ${e.facts.join(', ')})`, 'MISSED']);
  table(['line', 'page', 'error', 'vs expected'], rows.sort((a, b) => Number(a[0]) - Number(b[0])));

  let big = '';
  while (big.length < 1_000_000) big += `${log}\n`;
  const coldStart = performance.now();
  const first = matchQuery(index, big);
  const cold = performance.now() - coldStart;
  const warm: number[] = [];
  for (let k = 0; k < 5; k++) warm.push(time(() => matchQuery(index, big))[1]);
  console.log(`\n1 MB log (${kb(big.length)}, ${big.split('\n').length} lines): first call ${ms(cold)}, then median ${ms(percentile(warm, 50))}, max ${ms(Math.max(...warm))}; ${first.findings.length} distinct findings at lines ${first.findings.map((f) => f.line).join(', ')}`);
  const xs = 'x'.repeat(1_000_000);
  const binary = Array.from({ length: 1_000_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
  console.log(`1 MB single line of "x": ${ms(time(() => matchQuery(index, xs))[1])}; 1 MB of arbitrary UTF-16 units: ${ms(time(() => matchQuery(index, binary))[1])}`);
}

// ------------------------------------------------------------------------------------------------
// Main

let vocabulary: Vocabulary | undefined;
async function loadRealSymptoms(): Promise<{ symptoms: Symptom[]; contentRoot: string | null; source: string }> {
  try {
    const kbase = await loadKnowledgeBase(path.join(repo, 'content'));
    vocabulary = kbase.vocabulary;
    if (kbase.symptoms.length > 0) return { symptoms: kbase.symptoms, contentRoot: repo, source: `content/ (${kbase.symptoms.length} pages)` };
  } catch (err) {
    console.log(`(content could not be loaded: ${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
  }
  throw new Error('bench:search measures the real content/, which did not load');
}

function indexFigures(symptoms: readonly Symptom[]): { index: SearchIndex; build: number; parse: number; raw: number; gz: number } {
  const [built, build] = time(() => buildSearchIndex(symptoms, vocabulary));
  const json = JSON.stringify(built);
  const [index, parse] = time(() => parseSearchIndex(JSON.parse(json)));
  return { index, build, parse, raw: Buffer.byteLength(json), gz: gzipSync(json).length };
}

const { symptoms, contentRoot, source } = await loadRealSymptoms();
console.log(`# Search benchmark on ${source}`);
const texts = pageTexts(symptoms, contentRoot);
for (const s of symptoms) texts.set(`slug:${s.id}`, s.slug);
const real = indexFigures(symptoms);
console.log(`\nIndex: built in ${ms(real.build)}, parsed in ${ms(real.parse)}, ${kb(real.raw)} raw, ${kb(real.gz)} gzipped, ${real.index.terms.length} terms`);

const devCases = readCases(path.join(shared, 'eval/dev-cases.json'));
// The dev set lives beside the repository, not in it; a fresh clone runs the rest and says so.
if (devCases.length === 0) console.log('\n(skipping the dev set: ../shared/eval/dev-cases.json not found beside the repository)');
const heldOut = readCases(path.join(repo, 'tests/fixtures/search/pastes-the-dev-set-never-saw/cases.json'));
const realWorld = readCases(path.join(repo, 'tests/fixtures/search/real-world-pastes/cases.json'));
const engines = [ourEngine(real.index), fuseDefault(symptoms), miniSearch(symptoms)];
const devScores = engines.map((e) => [e.name, evaluate(e, devCases, texts)] as [string, Score]);
printComparison(`Dev set (${devCases.length} cases, ../shared/eval/dev-cases.json)`, devScores);
const ours = devScores[0]?.[1];
const bestPeer = Math.max(...devScores.slice(1).map(([, s]) => s.top1));
if (ours) console.log(`\nTop-1 lead over the better peer: ${((ours.top1 - bestPeer) * 100).toFixed(1)} points`);
printComparison(
  `Held-out set (${heldOut.length} cases written without the content's aliases, tests/fixtures/search/pastes-the-dev-set-never-saw)`,
  engines.map((e) => [e.name, evaluate(e, heldOut, texts)] as [string, Score]),
);
printComparison(
  `Real-world pastes (${realWorld.length} cases written blind from the article, tests/fixtures/search/real-world-pastes)`,
  engines.map((e) => [e.name, evaluate(e, realWorld, texts)] as [string, Score]),
);

// Blind sets: written and frozen by someone who never read lib/search; run here, tuned on never.
const blindRoot = path.join(repo, 'tests/fixtures/search');
const blindSets = existsSync(blindRoot) ? readdirSync(blindRoot).filter((d) => d.startsWith('blind-') && existsSync(path.join(blindRoot, d, 'cases.json'))).sort() : [];
if (blindSets.length === 0) console.log('\n## Blind sets\n\n(no tests/fixtures/search/blind-*/cases.json found; skipped)');
for (const dir of blindSets) {
  const file = path.join(blindRoot, dir, 'cases.json');
  const set = JSON.parse(readFileSync(file, 'utf8')) as { about?: string; frozen?: string; cases: Case[] };
  printComparison(
    `Blind set ${dir} (${set.cases.length} cases${set.frozen ? `, frozen ${set.frozen}` : ''}): ${oneLine(set.about ?? '')}`,
    engines.map((e) => [e.name, evaluate(e, set.cases, texts)] as [string, Score]),
  );
}

measureTypoOptions(real.index);
benchLogs(real.index, texts);

if (!quick) {
  // A distractor that declares a real page's error (its words, in order, once variables are masked)
  // is a duplicate, not a distractor: no engine could tell the two apart, and content never does it.
  const realErrors = symptoms.flatMap((s) => s.errors.map((e) => ` ${termsOf(e).join(' ')} `));
  const duplicates = (e: string): boolean => {
    const terms = ` ${termsOf(e).join(' ')} `;
    return realErrors.some((r) => terms.includes(r));
  };
  const synthetic = generateSyntheticSymptoms(5200 - symptoms.length)
    .filter((s) => !s.errors.some(duplicates))
    .slice(0, 5000 - symptoms.length);
  const all = [...symptoms, ...synthetic];
  const scale = indexFigures(all);
  const realIds = new Set(symptoms.map((s) => s.id));
  console.log(`\n## Scale: ${all.length} pages (${symptoms.length} real + ${synthetic.length} synthetic distractors)\n`);
  console.log(`Index: built in ${ms(scale.build)}, parsed in ${ms(scale.parse)}, ${kb(scale.raw)} raw, ${kb(scale.gz)} gzipped, ${scale.index.terms.length} terms`);
  const engine = ourEngine(scale.index);
  // At scale a case only counts when a REAL page answers it: a synthetic page that happens to contain
  // a fact word ("proxy") must not earn credit.
  const eligible = (id: string): boolean => realIds.has(id);
  printComparison('Dev set at scale', [[engine.name, evaluate(engine, devCases, texts, eligible)]]);
  printComparison('Held-out set at scale', [[engine.name, evaluate(engine, heldOut, texts, eligible)]]);
  printComparison('Real-world pastes at scale', [[engine.name, evaluate(engine, realWorld, texts, eligible)]]);
  // Pastes of the synthetic errors themselves: dense clusters of near-twins. Many pages share a
  // template once numbers are masked ("LDAP error 43: The server is busy" / "LDAP error 57: …"), so
  // the fair question is whether the top page declares the pasted template.
  const rnd = seededRandom(99);
  const synthPastes = Array.from({ length: 200 }, () => synthetic[Math.floor(rnd() * synthetic.length)]?.errors[0] ?? '');
  const declared = new Map(scale.index.pages.map((p, i) => [p.id, all[i]?.errors.map((e) => termsOf(e).join(' ')) ?? []]));
  const timings: number[] = [];
  let templateFirst = 0;
  let matchVerdicts = 0;
  for (const q of synthPastes) matchQuery(scale.index, q);
  for (const q of synthPastes) {
    const [r, t] = time(() => matchQuery(scale.index, q));
    timings.push(t);
    if ((declared.get(r.results[0]?.id ?? '') ?? []).includes(termsOf(q).join(' '))) templateFirst++;
    if (r.verdict === 'match') matchVerdicts++;
  }
  console.log(`\n200 pastes of synthetic errors: the top page declares the pasted template for ${templateFirst}/200 (${matchVerdicts} answered match, the rest ambiguous among twins); p50 ${ms(percentile(timings, 50))}, p95 ${ms(percentile(timings, 95))}`);
  const log = existsSync(path.join(shared, 'eval/logs/agent-and-host.log')) ? readFileSync(path.join(shared, 'eval/logs/agent-and-host.log'), 'utf8') : '';
  if (log) {
    const [r, t] = time(() => matchQuery(scale.index, log));
    console.log(`300-line log at scale: findings at lines ${r.findings.map((f) => `${f.line} (${f.id})`).join(', ')} in ${ms(t)}`);
  }
}

/**
 * npm run bench:paste: how long a megabyte paste takes, end to end through `kb search -` (process
 * start, content load and index build included) and in matchQuery alone, and how much memory the
 * engine needs for it. Prints figures; asserts nothing (tests/unit/cli-hostile-input.test.ts checks
 * the answers).
 *
 * Peak memory: each input runs in a fresh child process, after the index is built and warmed; the
 * figure is the process's peak resident size during the call minus its resident size just before,
 * divided by the paste's size in bytes (UTF-16: two per character). The target is about 20x. The peak
 * is sampled by a worker thread every millisecond while the call runs: the process's lifetime peak
 * (maxRSS) would be the content load's, which hides the call's.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { loadKnowledgeBase } from '../lib/content/load';
import { buildSearchIndex, matchQuery } from '../lib/search/index';
import { hostileLog, oneLongToken } from '../tests/fixtures/hostile-paste';
import { ROOT } from './out-dir';

const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const ms = (x: number) => `${x.toFixed(0).padStart(6)} ms`;

const kb = await loadKnowledgeBase();
const index = buildSearchIndex(kb.symptoms, kb.vocabulary);
const symptom = kb.symptoms.find((s) => s.errors.length > 0)!;
const utf16 = Array.from({ length: 1_000_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
const inputs: Array<[string, () => string]> = [
  ['one word (baseline)', () => 'agent'],
  ['1 MB noisy log, one real error', () => hostileLog(symptom.errors[0]!).toString('utf8')],
  ['1 MB, no space or line break', () => oneLongToken()],
  ['1 M arbitrary UTF-16 units', () => utf16],
];

const child = process.argv.indexOf('--child');
if (child !== -1) {
  // One input, in a fresh process: the peak resident size during the call, over the size before it.
  const [, make] = inputs[Number(process.argv[child + 1])]!;
  const text = make();
  matchQuery(index, 'warm up the runtime');
  // [0] the highest resident size seen, in KiB; [1] set to 1 to stop; [2] set by the sampler once it runs.
  const cells = new Int32Array(new SharedArrayBuffer(12));
  const sampler = new Worker(
    `const { workerData } = require('node:worker_threads');
     const a = new Int32Array(workerData);
     Atomics.store(a, 2, 1);
     while (Atomics.load(a, 1) === 0) {
       const kib = Math.floor(process.memoryUsage.rss() / 1024);
       if (kib > Atomics.load(a, 0)) Atomics.store(a, 0, kib);
       Atomics.wait(a, 1, 0, 1);
     }`,
    { eval: true, workerData: cells.buffer },
  );
  while (Atomics.load(cells, 2) === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().rss;
  Atomics.store(cells, 0, Math.floor(before / 1024));
  matchQuery(index, text, { limit: 5 });
  const after = process.memoryUsage().rss;
  Atomics.store(cells, 1, 1);
  Atomics.notify(cells, 1);
  await sampler.terminate();
  const peak = Math.max(Atomics.load(cells, 0) * 1024, after);
  console.log(JSON.stringify({ bytes: text.length * 2, added: Math.max(0, peak - before) }));
  process.exit(0);
}

// The CLI's floor: the same command on a one-word query, so the paste's own cost can be read off.
const cli = (input: string) => {
  const t = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bin/kb.ts'), 'search', '--json', '-'], { cwd: ROOT, input, maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`kb search exited ${run.status}: ${run.stderr}`);
  return performance.now() - t;
};
const peakOf = (i: number): { bytes: number; added: number } => {
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(ROOT, 'scripts/bench-paste.ts'), '--child', String(i)], { cwd: ROOT, maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`memory probe exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout.toString().trim().split('\n').pop() ?? '{}') as { bytes: number; added: number };
};

console.log(`median of ${RUNS} runs; the CLI column includes Node + tsx start-up, content load and index build`);
console.log(`${'input'.padEnd(34)}${'chars'.padStart(10)}${'matchQuery'.padStart(12)}${'kb search -'.padStart(13)}${'peak memory'.padStart(14)}${'x size'.padStart(8)}`);
inputs.forEach(([name, make], i) => {
  const text = make();
  const inProcess = median(Array.from({ length: RUNS }, () => {
    const t = performance.now();
    matchQuery(index, text, { limit: 5 });
    return performance.now() - t;
  }));
  const endToEnd = median(Array.from({ length: RUNS }, () => cli(text)));
  const memory = peakOf(i);
  const ratio = memory.bytes > 0 ? memory.added / memory.bytes : 0;
  console.log(
    `${name.padEnd(34)}${String(text.length).padStart(10)}${ms(inProcess)}${ms(endToEnd).padStart(13)}${`${(memory.added / 1024 / 1024).toFixed(1)} MB`.padStart(14)}${(i === 0 ? '-' : `${ratio.toFixed(1)}x`).padStart(8)}`,
  );
});

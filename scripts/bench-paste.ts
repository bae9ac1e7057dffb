/**
 * npm run bench:paste: how long a megabyte paste takes, end to end through `kb search --json -` (process
 * start, content load and index build included) and in matchQuery alone. Prints figures; asserts nothing
 * (tests/unit/cli-hostile-input.test.ts checks the answers).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
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
const inputs: Array<[string, Buffer]> = [
  ['1 MB noisy log, one real error', hostileLog(symptom.errors[0]!)],
  ['1 MB, no space or line break', Buffer.from(oneLongToken())],
];

// The CLI's floor: the same command on a one-word query, so the paste's own cost can be read off.
const cli = (input: Buffer) => {
  const t = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bin/kb.ts'), 'search', '--json', '-'], { cwd: ROOT, input, maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`kb search exited ${run.status}: ${run.stderr}`);
  return performance.now() - t;
};

console.log(`median of ${RUNS} runs; the CLI column includes Node + tsx start-up, content load and index build`);
console.log(`${'input'.padEnd(34)}${'bytes'.padStart(10)}${'matchQuery'.padStart(12)}${'kb search -'.padStart(13)}`);
for (const [name, input] of [['one word (baseline)', Buffer.from('agent')] as [string, Buffer], ...inputs]) {
  const text = input.toString('utf8');
  const inProcess = median(Array.from({ length: RUNS }, () => {
    const t = performance.now();
    matchQuery(index, text, { limit: 5 });
    return performance.now() - t;
  }));
  const endToEnd = median(Array.from({ length: RUNS }, () => cli(input)));
  console.log(`${name.padEnd(34)}${String(input.length).padStart(10)}${ms(inProcess)}${ms(endToEnd).padStart(13)}`);
}

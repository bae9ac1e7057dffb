/**
 * npm run bench:build -- --pages N [--wide] [--keep]
 *
 * How the build scales: writes a valid synthetic knowledge base of N pages (scripts/generate-kb.ts) to a
 * temporary folder, then runs the real toolchain on it and prints
 *   kb check time, next build time, the /go/ redirects' time (scripts/go-pages.ts, run after it as
 *   `npm run build` does), time per generated page (both / HTML pages written), each as wall time and CPU time,
 *   the size of out/, the search index raw and gzipped, and the largest page.
 * The app is copied (app/, components/, lib/, configs) into a temporary folder under .bench/ next to the
 * content, so the build neither needs nor touches this checkout's .next/ or out/ and can run beside
 * `npm test`. It has to be inside this checkout: Turbopack resolves `next` from node_modules above the
 * project and refuses a symlink that leaves its root (the folder of the nearest lockfile). The content folder reaches the app through KB_CONTENT_DIR (lib/content/load.ts).
 * --wide adds one tree whose questions list every page of an area (hundreds of leaves:
 * the first tree a team writes). A benchmark, not a test: it prints figures and asserts nothing.
 * --keep leaves the folder for a look.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { writeSyntheticKnowledgeBase } from './generate-kb';

const ROOT = path.resolve(import.meta.dirname, '..');
const APP_FILES = ['app', 'components', 'lib', 'next.config.mjs', 'postcss.config.mjs', 'tsconfig.json', 'package.json'];

const { values } = parseArgs({ options: { pages: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false }, wide: { type: 'boolean', default: false } } });
if (!/^\d+$/.test(values.pages)) {
  console.error('bench:build: --pages takes a whole number');
  process.exit(2);
}
const pages = Number(values.pages);

/**
 * Runs a command, echoing nothing; resolves with its exit code, wall time, CPU time and output. CPU time
 * (user + system of the command and every process it waited for, from bash's `times`) is the figure to
 * compare on a shared machine, where wall time mostly measures the neighbours.
 */
function run(cmd: string, args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number; seconds: number; cpu: number; output: string }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', '"$0" "$@"; code=$?; times >&3; exit $code', cmd, ...args], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    let output = '';
    let times = '';
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (d: Buffer) => (times += d.toString()));
    child.on('close', (code) => {
      // `times`: the shell's user and system time, then its children's: "0m12.345s 0m1.234s".
      const children = times.trim().split('\n')[1] ?? '';
      const cpu = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0);
      resolve({ code: code ?? 1, seconds: (performance.now() - started) / 1000, cpu, output });
    });
  });
}

function filesUnder(dir: string): Array<{ file: string; bytes: number }> {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((f) => ({ file: f, full: path.join(dir, f) }))
    .filter(({ full }) => statSync(full).isFile())
    .map(({ file, full }) => ({ file: file.split(path.sep).join('/'), bytes: statSync(full).size }));
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<number> {
  mkdirSync(path.join(ROOT, '.bench'), { recursive: true });
  const work = mkdtempSync(path.join(ROOT, '.bench', `build-${pages}-`));
  const contentDir = path.join(work, 'content');
  const site = path.join(work, 'site');
  try {
    const made = writeSyntheticKnowledgeBase(contentDir, pages, { wide: values.wide });
    for (const f of APP_FILES) cpSync(path.join(ROOT, f), path.join(site, f), { recursive: true });
    console.log(`bench:build: ${made.symptoms} pages, ${made.trees} trees${values.wide ? ' (one wide)' : ''} in ${work} (${os.cpus().length} CPUs, load ${os.loadavg()[0]!.toFixed(1)})`);

    const env = { KB_CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' };
    const check = await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bin/kb.ts'), 'check'], site, env);
    console.log(`kb check          ${check.seconds.toFixed(1)} s wall, ${check.cpu.toFixed(1)} s CPU  (exit ${check.code})`);
    if (check.code !== 0) {
      console.error(check.output.slice(0, 4000));
      return 1;
    }

    const build = await run(process.execPath, [createRequire(import.meta.url).resolve('next/dist/bin/next'), 'build'], site, env);
    const retries = (build.output.match(/Restarted static page generation|took more than \d+ seconds/g) ?? []).length;
    console.log(`next build        ${build.seconds.toFixed(1)} s wall, ${build.cpu.toFixed(1)} s CPU  (exit ${build.code}${retries ? `, ${retries} page timeouts/retries` : ''})`);
    if (build.code !== 0) {
      console.error(build.output.slice(-4000));
      return 1;
    }

    // The /go/ redirects are written after `next build` (scripts/go-pages.ts), as `npm run build` does.
    const goPages = await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/go-pages.ts'), '--out', path.join(site, 'out')], ROOT, env);
    console.log(`go pages          ${goPages.seconds.toFixed(1)} s wall, ${goPages.cpu.toFixed(1)} s CPU  (exit ${goPages.code})`);
    if (goPages.code !== 0) {
      console.error(goPages.output.slice(-4000));
      return 1;
    }
    const total = { seconds: build.seconds + goPages.seconds, cpu: build.cpu + goPages.cpu };
    console.log(`build in all      ${total.seconds.toFixed(1)} s wall, ${total.cpu.toFixed(1)} s CPU  (next build and go pages)`);

    const out = path.join(site, 'out');
    const files = filesUnder(out);
    const html = files.filter((f) => f.file.endsWith('.html'));
    const largest = html.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const index = readFileSync(path.join(out, 'search-index.json'));
    const generated = build.output.match(/Generating static pages[^\n]*\((\d+)\/(\d+)\)/g)?.pop();
    console.log(`per page          ${((total.seconds / html.length) * 1000).toFixed(0)} ms wall, ${((total.cpu / html.length) * 1000).toFixed(0)} ms CPU  (${html.length} HTML pages${generated ? `; next: ${generated.replace(/^.*\(/, '').replace(')', '')} routes` : ''})`);
    console.log(`out/              ${mb(files.reduce((n, f) => n + f.bytes, 0))} in ${files.length} files`);
    console.log(`search index      ${kb(index.length)} raw, ${kb(gzipSync(index).length)} gzipped`);
    console.log(`largest page      ${largest.file} ${kb(largest.bytes)}`);
    return 0;
  } finally {
    if (values.keep) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main().then((code) => (process.exitCode = code));

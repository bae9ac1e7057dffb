/**
 * npm run bench:triage: `kb triage` on a generated export of 10,000 tickets (the site's errors in the
 * formats they arrive in, errors it does not cover with changing hosts, GUIDs and paths, free text, a few
 * unreadable lines; tests/fixtures/ticket-export.ts). Prints wall time through the CLI, peak memory of
 * the same work in a child process, and how well the clusters match the known groups. Prints figures;
 * asserts nothing (tests/unit/triage/ and tests/unit/cli-triage.test.ts check the answers).
 *
 *   npm run bench:triage [-- --tickets N]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { generateTicketExport, type ExportTicket } from '../tests/fixtures/ticket-export';
import { ROOT } from './out-dir';

const { values } = parseArgs({ options: { tickets: { type: 'string', default: '10000' }, child: { type: 'string' } } });

if (values.child) {
  // The child: the work `kb triage --json FILE` does, in a fresh process, so its peak memory is its own.
  const { loadKnowledgeBase } = await import('../lib/content/load');
  const { buildSearchIndex } = await import('../lib/search/index');
  const { parseTicketExport } = await import('../lib/triage/export');
  const { triageTickets } = await import('../lib/triage/triage');
  const { toTriageJson } = await import('../lib/triage/report');
  const t = performance.now();
  const kb = await loadKnowledgeBase();
  const index = buildSearchIndex(kb.symptoms, kb.vocabulary);
  const { tickets, unreadable } = parseTicketExport(readFileSync(values.child, 'utf8'));
  const json = JSON.stringify(toTriageJson(triageTickets(index, tickets, unreadable)));
  const cpu = process.cpuUsage();
  process.stdout.write(JSON.stringify({ ms: performance.now() - t, cpuMs: (cpu.user + cpu.system) / 1000, peakBytes: process.resourceUsage().maxRSS * 1024, outputBytes: json.length }));
  process.exit(0);
}

const total = Number(values.tickets);
const unreadableCount = 20;
const readable = total - unreadableCount;
const exported = generateTicketExport({ covered: Math.round(readable * 0.4), uncovered: Math.round(readable * 0.3), free: readable - Math.round(readable * 0.4) - Math.round(readable * 0.3), unreadable: unreadableCount, seed: 2026 });
const dir = mkdtempSync(path.join(tmpdir(), 'bench-triage-'));
const file = path.join(dir, 'tickets.jsonl');
writeFileSync(file, `${exported.lines.join('\n')}\n`);
const bytes = Buffer.byteLength(readFileSync(file));
console.log(`bench:triage — ${exported.lines.length} lines (${(bytes / 1024 / 1024).toFixed(1)} MB): ${[...exported.truth.values()].filter((t) => t.kind === 'covered').length} covered errors, ${[...exported.truth.values()].filter((t) => t.kind === 'uncovered').length} uncovered errors, ${[...exported.truth.values()].filter((t) => t.kind === 'free').length} free text, ${exported.unreadable.length} unreadable`);

const node = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });

const t = performance.now();
const cli = node([path.join(ROOT, 'bin/kb.ts'), 'triage', '--json', '--max-bytes', String(Math.max(bytes, 1 << 20)), file]);
const cliMs = performance.now() - t;
if (cli.status !== 0) throw new Error(`kb triage exited ${cli.status}: ${cli.stderr}`);
const child = node([path.join(ROOT, 'scripts/bench-triage.ts'), '--child', file]);
if (child.status !== 0) throw new Error(`the measuring child exited ${child.status}: ${child.stderr}`);
const measured = JSON.parse(child.stdout) as { ms: number; cpuMs: number; peakBytes: number };
rmSync(dir, { recursive: true, force: true });

type Report = {
  tickets: number;
  pages: Array<{ id: string; match: number; tickets: string[] }>;
  clusters: Array<{ size: number; tickets: string[] }>;
  unreadable: unknown[];
};
const report = JSON.parse(cli.stdout) as Report;
const truth = (id: string): ExportTicket => exported.truth.get(id)!;

// Covered tickets: answered `match` with their own page.
const covered = [...exported.truth.values()].filter((x) => x.kind === 'covered');
const resolvedRight = report.pages.reduce((n, p) => n + p.tickets.filter((id) => truth(id).page === p.id).length, 0);
// Purity: each cluster counts its biggest known group (an uncovered error, or "free text"), over all clustered tickets.
const label = (id: string): string => truth(id).group ?? truth(id).kind;
let clustered = 0;
let pure = 0;
for (const c of report.clusters) {
  const counts = new Map<string, number>();
  for (const id of c.tickets) counts.set(label(id), (counts.get(label(id)) ?? 0) + 1);
  clustered += c.size;
  pure += Math.max(...counts.values());
}
const groups = [...new Set([...exported.truth.values()].filter((x) => x.group).map((x) => x.group!))];
const splits = groups.map((g) => `${g}: ${report.clusters.filter((c) => c.tickets.some((id) => truth(id).group === g)).length}`);
const errorClustersWithFreeText = report.clusters.filter((c) => c.tickets.some((id) => truth(id).group) && c.tickets.some((id) => truth(id).kind === 'free')).length;

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(`time      kb triage --json end to end: ${s(cliMs)} (target < 30 s); the work alone, in the measuring child: ${s(measured.ms)} wall, ${s(measured.cpuMs)} CPU (the machine is shared: CPU time is the steadier figure)`);
console.log(`memory    peak resident set of the measuring child: ${(measured.peakBytes / 1024 / 1024).toFixed(0)} MB (target < 1 GB)`);
console.log(`pages     ${resolvedRight}/${covered.length} covered tickets resolved by their own page (${((100 * resolvedRight) / covered.length).toFixed(1)}%)`);
console.log(`clusters  ${report.clusters.length} clusters of ${clustered} uncovered tickets; purity ${((100 * pure) / clustered).toFixed(2)}% (target ≥ 95%)`);
console.log(`          clusters per known error (1 is ideal) — ${splits.join('; ')}`);
console.log(`          error clusters that took in free text: ${errorClustersWithFreeText}`);

/** `kb triage` as a support team runs it on an export: three formats with the same numbers, bad lines listed. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateTicketExport } from '../fixtures/ticket-export';
import { runKb } from './kb-cli';

const kb = runKb;

const exported = generateTicketExport({ covered: 105, uncovered: 64, free: 30, unreadable: 5 });
const dir = mkdtempSync(path.join(tmpdir(), 'kb-triage-'));
const file = path.join(dir, 'tickets.jsonl');
writeFileSync(file, `${exported.lines.join('\n')}\n`);

type Report = {
  tickets: number;
  pages: Array<{ id: string; title: string; url: string; match: number; ambiguous: number; tickets: string[] }>;
  clusters: Array<{ template: string; size: number; tickets: string[]; examples: string[]; nearest: { id: string; score: number } | null }>;
  unreadable: Array<{ line: number; error: string }>;
};

/** RFC 4180, enough for the report: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  return rows;
}

describe('kb triage', () => {
  it('writes the JSON contract, Markdown and CSV with the same numbers', () => {
    const json = kb(['triage', '--json', file]);
    // On a slow machine the run may pass a second: then stderr carries progress, and nothing else.
    for (const line of json.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^kb triage: \d+\/199 tickets \(\d+%\)$/);
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout) as Report;
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['tickets', 'pages', 'clusters', 'unreadable']));
    expect(report.tickets).toBe(199);
    expect(report.pages.length).toBe(7);
    for (const p of report.pages) expect(Object.keys(p)).toEqual(['id', 'title', 'url', 'match', 'ambiguous', 'tickets']);
    for (const c of report.clusters) expect(Object.keys(c)).toEqual(['template', 'size', 'tickets', 'examples', 'nearest']);
    expect(report.unreadable.map((u) => u.line)).toEqual(exported.unreadable);

    const markdown = kb(['triage', file]);
    expect(markdown.status).toBe(0);
    const pageRows = markdown.stdout.split('\n').filter((l) => /^\| \[PT-\d{4}\]/.test(l));
    expect(pageRows.map((l) => l.split(' | ').slice(2, 4).map(Number))).toEqual(report.pages.map((p) => [p.match, p.ambiguous]));
    const clusterSizes = [...markdown.stdout.matchAll(/^### \d+\. (\d+) tickets?$/gm)].map((m) => Number(m[1]));
    expect(clusterSizes).toEqual(report.clusters.map((c) => c.size));
    const unreadableRows = markdown.stdout.slice(markdown.stdout.indexOf('## Could not read')).split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(unreadableRows.map((l) => Number(l.split(' | ')[0]!.slice(2)))).toEqual(exported.unreadable);

    const csv = kb(['triage', '--csv', file]);
    expect(csv.status).toBe(0);
    const [header, ...rows] = parseCsv(csv.stdout);
    const col = (name: string) => header!.indexOf(name);
    const pages = rows.filter((r) => r[col('section')] === 'page');
    expect(pages.map((r) => [r[col('id')], Number(r[col('match')]), Number(r[col('ambiguous')]), r[col('tickets')]!.split('\n')])).toEqual(
      report.pages.map((p) => [p.id, p.match, p.ambiguous, p.tickets]),
    );
    const clusters = rows.filter((r) => r[col('section')] === 'cluster');
    expect(clusters.map((r) => [Number(r[col('size')]), r[col('template')], r[col('tickets')]!.split('\n')])).toEqual(
      report.clusters.map((c) => [c.size, c.template, c.tickets]),
    );
    expect(rows.filter((r) => r[col('section')] === 'unreadable').map((r) => Number(r[col('line')]))).toEqual(exported.unreadable);
  });

  it('reads the export from stdin with -', () => {
    const run = kb(['triage', '--json', '-'], `\ufeff${JSON.stringify('ValidByLdapStyle')}\n{"id":"T-2","text":"ORA-12154: TNS:could not resolve the connect identifier specified"}\n`);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.pages).toEqual([expect.objectContaining({ id: 'PT-0402', match: 1, tickets: ['line:1'] })]);
    expect(report.clusters.map((c) => c.tickets)).toEqual([['T-2']]);
    expect(report.unreadable).toEqual([]);
  });

  it('exits 1 only when no line could be read, still listing every line', () => {
    const run = kb(['triage', '--json', '-'], 'not json\n\n{"no":"text"}\n');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('kb triage: no ticket could be read (3 lines listed under "Could not read")\n');
    expect((JSON.parse(run.stdout) as Report).unreadable.map((u) => u.line)).toEqual([1, 2, 3]);
  });

  it('says a missing file is missing, in one line', () => {
    const run = kb(['triage', path.join(dir, 'nope.jsonl')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^kb triage: cannot read .*nope\.jsonl \(ENOENT\)\n$/);
  });
});

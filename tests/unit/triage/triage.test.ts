/**
 * kb triage's core over a generated export of about 200 tickets with known answers (fixture
 * ticket-export.ts), against this repository's content and the real search engine.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '@/lib/content/load';
import { buildSearchIndex, type SearchIndex } from '@/lib/search/index';
import { parseTicketExport } from '@/lib/triage/export';
import { formatTriageCsv, formatTriageMarkdown, toTriageJson } from '@/lib/triage/report';
import { signatureLine, triageTickets, type TriageReport } from '@/lib/triage/triage';
import { COVERED, generateTicketExport, MASKABLE_GROUPS, UNCOVERED } from '../../fixtures/ticket-export';

const exported = generateTicketExport({ covered: 105, uncovered: 64, free: 30, unreadable: 5 });
let index: SearchIndex;
let report: TriageReport;

beforeAll(async () => {
  const kb = await loadKnowledgeBase();
  index = buildSearchIndex(kb.symptoms, kb.vocabulary);
  const { tickets, unreadable } = parseTicketExport(exported.lines.join('\n'));
  report = triageTickets(index, tickets, unreadable);
});

const truthOf = (id: string) => exported.truth.get(id)!;

describe('triageTickets on an export with known answers', () => {
  it('counts every readable ticket and lists every unreadable line by number', () => {
    expect(report.tickets).toBe(199);
    expect(report.unreadable.map((u) => u.line)).toEqual(exported.unreadable);
  });

  it('gives each page the tickets it resolves, and nothing else', () => {
    const expected = new Map<string, string[]>();
    for (const t of exported.truth.values()) if (t.page) expected.set(t.page, [...(expected.get(t.page) ?? []), t.id]);
    expect(new Set(report.pages.map((p) => p.id))).toEqual(new Set(COVERED.map((c) => c.page)));
    for (const page of report.pages) {
      expect(page.match).toBe(expected.get(page.id)!.length);
      expect(page.ambiguous).toBe(0);
      expect(page.tickets).toEqual(expected.get(page.id));
    }
  });

  it('puts each uncovered error in exactly one cluster, whatever its hosts, GUIDs, paths and names', () => {
    for (const group of MASKABLE_GROUPS) {
      const holding = report.clusters.filter((c) => c.tickets.some((id) => truthOf(id).group === group));
      expect(holding, group).toHaveLength(1);
      expect(holding[0]!.size, group).toBe([...exported.truth.values()].filter((t) => t.group === group).length);
    }
  });

  it('never mixes two errors, or free text with an error, in one cluster', () => {
    expect(UNCOVERED.length).toBeGreaterThan(MASKABLE_GROUPS.length);
    for (const c of report.clusters) {
      const labels = new Set(c.tickets.map((id) => truthOf(id).group ?? truthOf(id).kind));
      expect(labels.size, c.template).toBe(1);
    }
    // The biggest clusters are errors; free text stays in small clusters of its own.
    expect(report.clusters.slice(0, MASKABLE_GROUPS.length).every((c) => truthOf(c.tickets[0]!).kind === 'uncovered')).toBe(true);
  });

  it('shows a template with slots, up to three examples and the nearest page for each cluster', () => {
    const socket = report.clusters.find((c) => c.template.includes('SocketException'))!;
    expect(socket.template).toContain('{host}');
    expect(socket.template).not.toMatch(/\d{4,}/);
    expect(socket.examples.length).toBe(3);
    for (const e of socket.examples) expect(e).toContain('actively refused it');
    expect(socket.nearest === null || /^PT-\d{4}$/.test(socket.nearest.id)).toBe(true);
  });
});

describe('the report formats', () => {
  it('carry the same numbers in JSON, Markdown and CSV', () => {
    const json = toTriageJson(report);
    const markdown = formatTriageMarkdown(report);
    const csv = formatTriageCsv(report);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    for (const p of json.pages) {
      expect(markdown).toContain(`| [${p.id}](${p.url}) |`);
      expect(markdown).toMatch(new RegExp(`\\| \\[${p.id}\\][^\\n]*\\| ${p.match} \\| ${p.ambiguous} \\|`));
      expect(csv).toMatch(new RegExp(`\\npage,${p.id},[^\\n]*,${p.url},${p.match},${p.ambiguous},`));
    }
    json.clusters.forEach((c, i) => {
      expect(markdown).toContain(`### ${i + 1}. ${c.size} ticket${c.size === 1 ? '' : 's'}`);
    });
    const csvClusterSizes = [...csv.matchAll(/\r\ncluster,,,,,,(\d+),/g)].map((m) => Number(m[1]));
    expect(csvClusterSizes).toEqual(json.clusters.map((c) => c.size));
    expect([...csv.matchAll(/\r\nunreadable,/g)]).toHaveLength(json.unreadable.length);
    expect(markdown).toContain(`${json.tickets} tickets read`);
  });

  it('keeps a hostile ticket from breaking a table or a spreadsheet', () => {
    const tickets = [{ id: '=HYPERLINK("x")|a', line: 1, text: 'x | y `z` ``' }];
    const r = triageTickets(index, tickets, []);
    const csv = formatTriageCsv(r);
    expect(csv).toContain(`"'=HYPERLINK(""x"")|a"`);
    const md = formatTriageMarkdown(r);
    expect(md).toContain('=HYPERLINK("x")\\|a');
    expect(md).toContain('``` x | y `z` `` ```');
  });
});

describe('signatureLine', () => {
  it('picks the error line of a paste, not its greeting', () => {
    expect(signatureLine('Hi team,\n\n2026-01-01 [ERROR] Access is denied on host\nThanks')).toBe('2026-01-01 [ERROR] Access is denied on host');
    expect(signatureLine('hello\nthe longest line here\nbye')).toBe('the longest line here');
  });
  it('reads a JSON log line as its message', () => {
    expect(signatureLine('{"timestamp":"2026-01-01T00:00:00Z","level":"Error","message":"Disk full on sql1"}')).toBe('Disk full on sql1');
    expect(signatureLine('{"broken json": error')).toBe('{"broken json": error');
  });
});

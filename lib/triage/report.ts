/**
 * The triage report in its three forms: JSON (a public contract, README › Keeping the knowledge base),
 * Markdown for a ticket or a wiki, CSV for a spreadsheet. All three are written from one TriageReport,
 * so they carry the same numbers.
 */
import { SIMILARITY_THRESHOLD } from './cluster';
import type { TriageReport } from './triage';

/** Fields may be added to this shape, never renamed or removed. */
export function toTriageJson(r: TriageReport) {
  return {
    tickets: r.tickets,
    verdicts: r.verdicts,
    pages: r.pages.map((p) => ({ id: p.id, title: p.title, url: p.url, match: p.match, ambiguous: p.ambiguous, tickets: p.tickets })),
    clusters: r.clusters.map((c) => ({ template: c.template, size: c.size, tickets: c.tickets, examples: c.examples, nearest: c.nearest })),
    findings: r.findings,
    unreadable: r.unreadable,
  };
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** A table cell: one line, pipes escaped, so a ticket's text cannot break the table. */
const cell = (s: string): string => s.replace(/\s+/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').trim();

/** Inline code that survives backticks in the text (CommonMark: a longer fence than any run inside). */
function code(s: string): string {
  const text = s.replace(/\s+/g, ' ').trim();
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Markdown lists at most this many ticket ids per row; the JSON and CSV carry every one. */
const MARKDOWN_TICKET_IDS = 10;
const ticketList = (ids: readonly string[]): string =>
  ids.length <= MARKDOWN_TICKET_IDS ? ids.join(', ') : `${ids.slice(0, MARKDOWN_TICKET_IDS).join(', ')} and ${ids.length - MARKDOWN_TICKET_IDS} more`;

export function formatTriageMarkdown(r: TriageReport): string {
  const out: string[] = ['# Ticket triage', ''];
  out.push(
    `${plural(r.tickets, 'ticket')} read: ${r.verdicts.match} resolved by one page (match), ${r.verdicts.ambiguous} with several candidate pages (ambiguous), ${r.verdicts.none} not covered (none).` +
      (r.unreadable.length ? ` ${plural(r.unreadable.length, 'line')} could not be read.` : ''),
    '',
  );

  out.push('## Pages that answer tickets', '');
  if (r.pages.length === 0) out.push('No page answered any ticket.', '');
  else {
    out.push('| Page | Title | Match | Ambiguous | Tickets |', '| --- | --- | ---: | ---: | --- |');
    for (const p of r.pages) out.push(`| [${p.id}](${p.url}) | ${cell(p.title)} | ${p.match} | ${p.ambiguous} | ${cell(ticketList(p.tickets))} |`);
    out.push('');
  }

  out.push('## Not covered: tickets grouped by error', '');
  if (r.clusters.length === 0) out.push('Every ticket was answered.', '');
  else {
    out.push(
      `${plural(r.verdicts.none, 'ticket')} in ${plural(r.clusters.length, 'cluster')}, biggest first. Tickets share a cluster when their error line, with variables masked (\`{host}\`, \`{guid}\`, \`{number}\`…), has the same length and at least ${Math.round(SIMILARITY_THRESHOLD * 100)}% of the same words in the same places; \`{*}\` marks where the tickets differ.`,
      '',
    );
    r.clusters.forEach((c, i) => {
      out.push(`### ${i + 1}. ${plural(c.size, 'ticket')}`, '', code(c.template), '');
      out.push(`- Nearest page: ${c.nearest ? `${c.nearest.id} (score ${c.nearest.score.toFixed(2)})` : 'none'}`);
      out.push(`- Tickets: ${cell(ticketList(c.tickets))}`);
      for (const e of c.examples) out.push(`- Example: ${code(e)}`);
      out.push('');
    });
  }

  if (r.findings.length) {
    out.push('## Known errors found in multi-line pastes', '', '| Ticket | Line | Page | Error |', '| --- | ---: | --- | --- |');
    for (const f of r.findings) out.push(`| ${cell(f.ticket)} | ${f.line} | ${f.id} | ${cell(f.error)} |`);
    out.push('');
  }

  if (r.unreadable.length) {
    out.push('## Could not read', '', '| Line | Problem |', '| ---: | --- |');
    for (const u of r.unreadable) out.push(`| ${u.line} | ${cell(u.error)} |`);
    out.push('');
  }
  return out.join('\n');
}

/**
 * One CSV cell (RFC 4180). Ticket text is untrusted: a cell that a spreadsheet would run as a formula
 * (= + - @, tab, carriage return first) is written with a leading apostrophe.
 */
function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_COLUMNS = ['section', 'id', 'title', 'url', 'match', 'ambiguous', 'size', 'nearest', 'nearest_score', 'template', 'examples', 'line', 'error', 'tickets'] as const;
type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number], string | number>>;

/** One table: a `section` column says whether a row is a page, a cluster, a finding or an unreadable line. */
export function formatTriageCsv(r: TriageReport): string {
  const rows: CsvRow[] = [
    ...r.pages.map((p): CsvRow => ({ section: 'page', id: p.id, title: p.title, url: p.url, match: p.match, ambiguous: p.ambiguous, tickets: p.tickets.join('\n') })),
    ...r.clusters.map((c): CsvRow => ({
      section: 'cluster',
      size: c.size,
      nearest: c.nearest?.id,
      nearest_score: c.nearest?.score,
      template: c.template,
      examples: c.examples.join('\n'),
      tickets: c.tickets.join('\n'),
    })),
    ...r.findings.map((f): CsvRow => ({ section: 'finding', id: f.id, line: f.line, error: f.error, tickets: f.ticket })),
    ...r.unreadable.map((u): CsvRow => ({ section: 'unreadable', line: u.line, error: u.error })),
  ];
  return [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((k) => csvCell(row[k])).join(','))].join('\r\n') + '\r\n';
}

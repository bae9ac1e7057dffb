/**
 * `kb triage`: a ticket export in, per page how many tickets it resolves, and the tickets nothing
 * answers grouped into clusters of the same error, biggest first. Runs the same `matchQuery` as the
 * site, so what the report says a page resolves is what a user pasting that ticket would get.
 */
import { explainQuery, matchQuery, type SearchIndex } from '../search/index';
import { maskedTemplate } from '../search/template';
import { clusterTemplates, templateTokens } from './cluster';
import type { Ticket, UnreadableLine } from './export';

export type TriagePage = {
  id: string;
  title: string;
  url: string;
  /** Tickets this page resolves: the verdict was `match` and it was the page. */
  match: number;
  /** Tickets this page is one candidate for (`ambiguous`). */
  ambiguous: number;
  /** Ids of the tickets counted in `match` and `ambiguous`, in export order. */
  tickets: string[];
};

export type NearestPage = { id: string; score: number };

export type TriageCluster = {
  /** The masked error line shared by the cluster: `{guid}`, `{host}`… for masked values, `{*}` where members differ. */
  template: string;
  size: number;
  tickets: string[];
  /** Up to three of the members' lines, as written. */
  examples: string[];
  /** The closest page and its score, though not close enough for a verdict; null when no page has any evidence. */
  nearest: NearestPage | null;
};

/** A known error found on a line of a multi-line paste. */
export type TriageFinding = { ticket: string; line: number; id: string; error: string };

export type TriageReport = {
  tickets: number;
  verdicts: { match: number; ambiguous: number; none: number };
  pages: TriagePage[];
  clusters: TriageCluster[];
  findings: TriageFinding[];
  unreadable: UnreadableLine[];
};

export type TriageOptions = { onProgress?: (done: number, total: number) => void };

const EXAMPLES = 3;
/** Every page a ticket may point to: matchQuery's own maximum. */
const RESULT_LIMIT = 50;
/** A signature line is searched for in the first lines of a paste, and cut to this many characters. */
const SIGNATURE_SCAN_LINES = 500;
const SIGNATURE_MAX_CHARS = 1000;
const EXAMPLE_MAX_CHARS = 300;

/** Words that make a line the error of a paste rather than its context. */
const ERROR_WORDS =
  /\b(?:error|exception|fail(?:s|ed|ure)?|denied|invalid|cannot|can't|unable|refused|timed out|timeout|not found|could not|couldn't|rejected|unauthori[sz]ed|forbidden)\b/i;

/** Keys under which a structured log line (JSON) carries its error text. */
const MESSAGE_KEYS = ['message', 'error', 'reason', 'details', 'exception', 'msg', 'description'];

/**
 * A JSON log line stands for its message: `{"timestamp": …, "level": "Error", "message": "…"}` and the
 * same message written plainly belong to one cluster.
 */
function messageOf(line: string): string {
  if (!line.startsWith('{') || !line.endsWith('}')) return line;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return line;
  }
  if (typeof value !== 'object' || value === null) return line;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const text = record[key];
    if (MESSAGE_KEYS.includes(key.toLowerCase()) && typeof text === 'string' && text.trim()) return text.trim();
  }
  return line;
}

/**
 * The line of a paste that stands for it in a cluster: the first line that reads as an error, or else
 * the longest line. A ticket's greeting and a log's heartbeat lines would otherwise decide its cluster.
 */
export function signatureLine(text: string): string {
  let longest = '';
  let scanned = 0;
  for (const raw of text.split(/\r\n|\r|\n/, SIGNATURE_SCAN_LINES)) {
    const line = messageOf(raw.trim());
    if (!line) continue;
    scanned++;
    if (ERROR_WORDS.test(line)) return line.slice(0, SIGNATURE_MAX_CHARS);
    if (line.length > longest.length) longest = line;
  }
  return scanned ? longest.slice(0, SIGNATURE_MAX_CHARS) : '';
}

/** Tokens back into a line: no space before closing punctuation or after an opening bracket. */
const joinTemplate = (tokens: readonly string[]): string => tokens.join(' ').replace(/ (?=[.,;:)\]])|(?<=[([]) /g, '');

/**
 * The page closest to a cluster's line, with its score, though too far for a verdict: the engine's own
 * first candidate (explainQuery), which `matchQuery` never offers a user once it answers `none`.
 */
function nearestPage(index: SearchIndex, text: string): NearestPage | null {
  const top = explainQuery(index, text).candidates[0];
  return top && top.score > 0 ? { id: top.id, score: top.score } : null;
}

const clip = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export function triageTickets(index: SearchIndex, tickets: readonly Ticket[], unreadable: readonly UnreadableLine[], options: TriageOptions = {}): TriageReport {
  const pages = new Map<string, TriagePage>();
  const pageOf = (hit: { id: string; title: string; url: string }): TriagePage => {
    let page = pages.get(hit.id);
    if (!page) {
      page = { id: hit.id, title: hit.title, url: hit.url, match: 0, ambiguous: 0, tickets: [] };
      pages.set(hit.id, page);
    }
    return page;
  };
  const verdicts = { match: 0, ambiguous: 0, none: 0 };
  const findings: TriageFinding[] = [];
  const uncovered: Array<{ ticket: Ticket; line: string }> = [];

  tickets.forEach((ticket, i) => {
    const r = matchQuery(index, ticket.text, { limit: RESULT_LIMIT });
    verdicts[r.verdict]++;
    if (r.verdict === 'match' && r.results[0]) {
      const page = pageOf(r.results[0]);
      page.match++;
      page.tickets.push(ticket.id);
    } else if (r.verdict === 'ambiguous') {
      for (const hit of r.results) {
        const page = pageOf(hit);
        page.ambiguous++;
        page.tickets.push(ticket.id);
      }
    } else if (r.verdict === 'none') {
      uncovered.push({ ticket, line: signatureLine(ticket.text) });
    }
    for (const f of r.findings) findings.push({ ticket: ticket.id, line: f.line, id: f.id, error: f.error });
    options.onProgress?.(i + 1, tickets.length);
  });

  const clusters = clusterTemplates(uncovered.map((u) => templateTokens(maskedTemplate(u.line))))
    .map((c): TriageCluster => {
      const members = c.members.map((m) => uncovered[m]!);
      const examples = [...new Set(members.map((m) => clip(m.line, EXAMPLE_MAX_CHARS)))].slice(0, EXAMPLES);
      return {
        template: joinTemplate(c.template),
        size: members.length,
        tickets: members.map((m) => m.ticket.id),
        examples,
        nearest: nearestPage(index, members[0]!.line),
      };
    })
    // Biggest first; a stable sort keeps clusters of one size in the order the export met them.
    .sort((a, b) => b.size - a.size);

  return {
    tickets: tickets.length,
    verdicts,
    pages: [...pages.values()].sort((a, b) => b.match - a.match || b.ambiguous - a.ambiguous || a.id.localeCompare(b.id)),
    clusters,
    findings,
    unreadable: [...unreadable],
  };
}

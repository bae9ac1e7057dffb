/**
 * Finding every distinct known error in a pasted log. The whole paste is normalised once (linear),
 * its tokens are grouped by line, and each line is scored against declared errors only: a log line
 * that merely mentions "hybrid identity service" is not a finding. A line that covers part of an
 * error is retried joined with the next one or two lines, for errors that wrapped.
 *
 * Log lines repeat endlessly once their variables are masked, so results are cached by the line's
 * terms: that is what keeps a 1 MB log well under a second.
 */
import { resolveTokens } from './resolve';
import type { Runtime } from './runtime';
import { scorePages, type PageScore } from './score';
import type { Token } from './tokens';
import { MATCH_MIN } from './verdict';

export type LineHit = {
  /** 1-based line the error starts on. */
  line: number;
  page: number;
  phrase: number;
  score: number;
  coverage: number;
  /** Distinctive weight behind the finding (see PageScore.evidence). */
  evidence: number;
  /** Tokens (indices into the paste's token list) that belong to the matched error. */
  tokens: number[];
};

/** A line must score like a confident match against a declared error, with a lead over any other page. */
const FINDING_MIN = MATCH_MIN;
const FINDING_LEAD = 0.1;
/** Below this coverage a line is not worth joining with its neighbours. */
const JOIN_MIN_COVERAGE = 0.25;
const MAX_JOINED_LINES = 3;
/** Very long lines (a 1 MB paste without newlines) are read in overlapping windows of tokens. */
const WINDOW = 200;
const WINDOW_STEP = 150;
const CACHE_LIMIT = 5_000;

type Segment = { line: number; first: number; last: number };
type Verdict = { page: number; phrase: number; score: number; coverage: number; evidence: number } | null;

/**
 * Where the next line break at or after `from` is: "\n", "\r\n" or a lone "\r" (old Mac exports and
 * some web forms), or -1.
 */
export function nextLineBreak(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  const r = text.indexOf('\r', from);
  if (r === -1) return n;
  if (n === -1) return r;
  // "\r\n" is one break, reported where it starts.
  return Math.min(n, r);
}

/** 0-based line of each token, by its start offset (tokens come in text order). */
function lineOfTokens(text: string, tokens: readonly Token[]): Int32Array {
  const lines = new Int32Array(tokens.length);
  let line = 0;
  // The next "\n" and the next "\r" are tracked apart: searching for either afresh at every break
  // would rescan a text that has none of one kind, and a 1 MB log must stay linear.
  let n = text.indexOf('\n');
  let r = text.indexOf('\r');
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens[i]?.start ?? 0;
    for (;;) {
      const next = r === -1 ? n : n === -1 ? r : Math.min(n, r);
      if (next === -1 || next >= start) break;
      line++;
      const after = text[next] === '\r' && text[next + 1] === '\n' ? next + 2 : next + 1;
      if (n !== -1 && n < after) n = text.indexOf('\n', after);
      if (r !== -1 && r < after) r = text.indexOf('\r', after);
    }
    lines[i] = line;
  }
  return lines;
}

/** Contiguous token ranges per line, long lines cut into overlapping windows. */
function segmentsOf(lines: Int32Array): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[i]) j++;
    const line = lines[i] ?? 0;
    if (j - i + 1 <= WINDOW) out.push({ line, first: i, last: j });
    else for (let k = i; k <= j; k += WINDOW_STEP) out.push({ line, first: k, last: Math.min(j, k + WINDOW - 1) });
    i = j + 1;
  }
  return out;
}

function decide(scores: readonly PageScore[]): Verdict {
  const top = scores[0];
  if (!top || top.phrase < 0) return null;
  return { page: top.page, phrase: top.phrase, score: top.score, coverage: top.coverage, evidence: top.evidence };
}

function isFinding(v: Verdict, scores: readonly PageScore[]): boolean {
  if (!v || v.score < FINDING_MIN) return false;
  const second = scores[1];
  return !second || second.score <= v.score - FINDING_LEAD;
}

export function scanLog(rt: Runtime, text: string, tokens: readonly Token[]): LineHit[] {
  const lines = lineOfTokens(text, tokens);
  const segments = segmentsOf(lines);
  const cache = new Map<string, { verdict: Verdict; finding: boolean }>();

  const evaluate = (first: number, last: number): { verdict: Verdict; finding: boolean } => {
    const slice = tokens.slice(first, last + 1);
    const key = slice.map((t) => t.term).join(' ');
    const cached = cache.get(key);
    if (cached) return cached;
    const scores = scorePages(rt, resolveTokens(rt, slice, { fuzzy: false, completeLast: false }), { errorsOnly: true });
    const verdict = decide(scores);
    const result = { verdict, finding: isFinding(verdict, scores) };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, result);
    return result;
  };

  /** Tokens of the window that belong to the matched error, for highlighting (only for findings). */
  const matchedTokens = (first: number, last: number, phrase: number): number[] => {
    const query = resolveTokens(rt, tokens.slice(first, last + 1), { fuzzy: false, completeLast: false });
    const terms = new Set(rt.phrases[phrase]?.terms ?? []);
    const out: number[] = [];
    for (const q of query.terms) if (q.id >= 0 && terms.has(q.id)) for (const t of q.tokens) out.push(first + t);
    return out.sort((a, b) => a - b);
  };

  const hits: LineHit[] = [];
  const seen = new Set<number>();
  const report = (line: number, v: NonNullable<Verdict>, first: number, last: number): void => {
    if (seen.has(v.phrase)) return;
    seen.add(v.phrase);
    hits.push({ line: line + 1, ...v, tokens: matchedTokens(first, last, v.phrase) });
  };

  const single = segments.map((s) => evaluate(s.first, s.last));
  segments.forEach((segment, k) => {
    const own = single[k];
    if (!own?.verdict) return;
    if (own.finding) return report(segment.line, own.verdict, segment.first, segment.last);
    if (own.verdict.coverage < JOIN_MIN_COVERAGE) return;
    // A wrapped error: try this line with the next one or two, and keep it only if the join finds the
    // same error this line started and the later lines do not already find it on their own.
    for (let extra = 1; extra < MAX_JOINED_LINES; extra++) {
      const end = segments[k + extra];
      if (!end || end.line !== segment.line + extra) break;
      if (single[k + extra]?.finding && single[k + extra]?.verdict?.phrase === own.verdict.phrase) break;
      const joined = evaluate(segment.first, end.last);
      if (joined.finding && joined.verdict?.phrase === own.verdict.phrase) {
        report(segment.line, joined.verdict, segment.first, end.last);
        break;
      }
    }
  });
  return hits.sort((a, b) => a.line - b.line);
}

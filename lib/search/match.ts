/**
 * `matchQuery`: the one pure function the search page, the CLI and the benchmark call.
 *
 * A paste is normalised once. If it has several lines (or is too long to read as one query) it is
 * first scanned as a log, line by line, for declared errors; when that finds any, each distinct page
 * is a result. Otherwise the paste (up to 16 KB) is scored as one query and a calibrated verdict
 * says whether one page clearly wins. Never throws for any string, and its work is linear in the
 * length of the paste.
 */
import { nextLineBreak, scanLog, type LineHit } from './log';
import { normaliseText } from './normalise';
import { resolveTokens, type ResolvedQuery } from './resolve';
import { decodeDeltas, getRuntime, type Runtime } from './runtime';
import { scorePages, type PageScore } from './score';
import { MATCH_EVIDENCE, MATCH_MIN, decideVerdict } from './verdict';
import { reasons } from './messages';
import { tokenise, type Token } from './tokens';
import type { Extracted, ExtractedKind, LogFinding, MatchOptions, MatchedSpan, SearchHit, SearchIndex, SearchResponse } from './types';
import { stopWords } from './vocabulary';

const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 50;
/** Beyond this a paste is a log: scoring it as one query would only measure its noise. */
const WHOLE_TEXT_LIMIT = 16_384;
/** Typo correction (fuse.js) only for queries someone typed, not for pasted errors or logs. */
const FUZZY_MAX_TERMS = 12;
const PREFIX_MAX_TOKENS = 40;

const MAX_SPANS = 32;
const MAX_PER_KIND = 20;
const KIND_ORDER: readonly ExtractedKind[] = ['connector', 'host', 'guid', 'dn', 'upn', 'email', 'path', 'url', 'timestamp', 'number'];

const round = (x: number): number => Math.round(x * 1000) / 1000;

function collectExtracted(list: readonly Extracted[]): Extracted[] {
  const seen = new Set<string>();
  const perKind = new Map<ExtractedKind, number>();
  const out: Extracted[] = [];
  for (const e of list) {
    const value = e.value.trim();
    const key = `${e.kind}\u0000${value.toLowerCase()}`;
    if (!value || seen.has(key) || (perKind.get(e.kind) ?? 0) >= MAX_PER_KIND) continue;
    seen.add(key);
    perKind.set(e.kind, (perKind.get(e.kind) ?? 0) + 1);
    out.push({ kind: e.kind, value: value.slice(0, 512) });
  }
  return out.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

/** Runs of consecutive matched tokens become spans of the original text. */
function spansOf(input: string, tokens: readonly Token[], matched: readonly number[]): MatchedSpan[] {
  const marks = [...new Set(matched)].sort((a, b) => a - b);
  const spans: MatchedSpan[] = [];
  let i = 0;
  while (i < marks.length && spans.length < MAX_SPANS) {
    let j = i;
    while (j + 1 < marks.length && marks[j + 1] === (marks[j] ?? 0) + 1) j++;
    let a = i;
    let b = j;
    // A span starts and ends on a real word, not on "the" or a masked GUID.
    const isStop = (k: number): boolean => {
      const token = tokens[marks[k] ?? 0];
      return !token || token.mask !== undefined || stopWords.has(token.term);
    };
    while (a <= b && isStop(a)) a++;
    while (b >= a && isStop(b)) b--;
    if (a <= b) {
      const start = tokens[marks[a] ?? 0]?.start ?? 0;
      const end = tokens[marks[b] ?? 0]?.end ?? start;
      const previous = spans[spans.length - 1];
      if (previous && start <= previous.end) {
        previous.end = Math.max(previous.end, end);
        previous.text = input.slice(previous.start, previous.end);
      } else {
        spans.push({ text: input.slice(start, end), start, end });
      }
    }
    i = j + 1;
  }
  return spans;
}

type PageFields = { title: Set<number>; aliases: Set<number>; errors: Set<number>; summary: Set<number>; steps: Set<number>; body: Set<number> };
const fieldMemo = new WeakMap<Runtime, Map<number, PageFields>>();

function fieldsOf(rt: Runtime, page: number): PageFields {
  let memo = fieldMemo.get(rt);
  if (!memo) {
    memo = new Map();
    fieldMemo.set(rt, memo);
  }
  let f = memo.get(page);
  if (!f) {
    const p = rt.index.pages[page];
    f = {
      title: new Set(p?.titleTerms ?? []),
      aliases: new Set(p?.aliasTerms.flat() ?? []),
      errors: new Set(p?.errorTerms.flat() ?? []),
      summary: new Set(p?.summaryTerms ?? []),
      steps: new Set(p?.stepTerms.flat() ?? []),
      body: new Set(decodeDeltas(p?.bodyTerms ?? [])),
    };
    memo.set(page, f);
  }
  return f;
}

function hitFor(rt: Runtime, s: PageScore, input: string, tokens: readonly Token[], resolved: ResolvedQuery): SearchHit {
  const query = resolved.terms;
  const page = rt.index.pages[s.page];
  const phrase = s.phrase >= 0 ? rt.phrases[s.phrase] : undefined;
  const base = { id: page?.id ?? '', title: page?.title ?? '', url: page?.url ?? '', score: round(s.score) };
  if (phrase && page) {
    const terms = new Set(phrase.terms);
    const matched = query.filter((q) => q.id >= 0 && terms.has(q.id)).flatMap((q) => q.tokens);
    const spans = spansOf(input, tokens, matched);
    if (phrase.kind === 'error') {
      const error = page.errors[phrase.index] ?? '';
      return { ...base, matched: spans, error, errorIndex: phrase.index, reason: reasons.error(error, s.coverage) };
    }
    if (phrase.kind === 'title') return { ...base, matched: spans, reason: reasons.title(page.title, s.coverage) };
    return { ...base, matched: spans, reason: reasons.alias(page.aliases[phrase.index] ?? '') };
  }
  const fields = fieldsOf(rt, s.page);
  const names: Array<[keyof PageFields, string]> = [
    ['title', 'title'], ['aliases', 'aliases'], ['errors', 'errors'], ['summary', 'summary'], ['steps', 'steps'], ['body', 'text'],
  ];
  const found = query.filter((q) => q.id >= 0 && names.some(([k]) => fields[k].has(q.id)));
  const where = names.filter(([k]) => found.some((q) => fields[k].has(q.id))).map(([, label]) => label);
  // The user's own spelling of the most telling words (a run-together word yields several terms).
  const words = found
    .filter((q) => q.distinct > 0)
    .sort((a, b) => b.weight - a.weight)
    .map((q) => input.slice(tokens[q.tokens[0] ?? 0]?.start ?? 0, tokens[q.tokens[0] ?? 0]?.end ?? 0));
  return { ...base, matched: spansOf(input, tokens, found.flatMap((q) => q.tokens)), reason: reasons.text([...new Set(words)], where) };
}

function respondToLog(rt: Runtime, input: string, tokens: readonly Token[], hits: readonly LineHit[], limit: number, extracted: Extracted[]): SearchResponse {
  const lineText = (line: number): string => {
    const lines = input.split(/\r\n|\r|\n/, line);
    return (lines[line - 1] ?? '').trim().slice(0, 500);
  };
  const findings: LogFinding[] = [];
  const byPage = new Map<number, SearchHit>();
  for (const h of hits) {
    const page = rt.index.pages[h.page];
    const phrase = rt.phrases[h.phrase];
    if (!page || !phrase) continue;
    const error = page.errors[phrase.index] ?? '';
    findings.push({ line: h.line, text: lineText(h.line), id: page.id, title: page.title, url: page.url, error });
    const existing = byPage.get(h.page);
    if (existing) {
      existing.score = Math.max(existing.score, round(h.score));
      continue;
    }
    byPage.set(h.page, {
      id: page.id,
      title: page.title,
      url: page.url,
      score: round(h.score),
      matched: spansOf(input, tokens, h.tokens),
      error,
      errorIndex: phrase.index,
      reason: reasons.line(h.line, error, h.coverage),
      line: h.line,
    });
  }
  const results = [...byPage.values()];
  // One page found, as surely as a single paste must be to be a match; several pages are offered side
  // by side, each with the line it came from.
  const sure = hits.length > 0 && hits.every((h) => h.page === hits[0]?.page) && hits.some((h) => h.score >= MATCH_MIN && h.evidence >= MATCH_EVIDENCE);
  return { verdict: sure ? 'match' : 'ambiguous', results: results.slice(0, limit), extracted, findings };
}

export function matchQuery(index: SearchIndex, text: string, options: MatchOptions = {}): SearchResponse {
  const input = typeof text === 'string' ? text : '';
  const requested = Number.isFinite(options.limit) ? Math.floor(options.limit ?? DEFAULT_LIMIT) : DEFAULT_LIMIT;
  const limit = Math.max(1, Math.min(MAX_LIMIT, requested));
  const rt = getRuntime(index);
  const normalised = normaliseText(input);
  const tokens = tokenise(normalised);
  const extracted = collectExtracted(normalised.extracted);
  if (tokens.length === 0) return { verdict: 'none', results: [], extracted, findings: [] };

  // Two lines with text on each; written without a backtracking regex (a 1 MB line must stay linear).
  const firstText = input.search(/\S/);
  const newline = firstText === -1 ? -1 : nextLineBreak(input, firstText);
  const multiLine = newline !== -1 && /\S/.test(input.slice(newline));
  if (multiLine || input.length > WHOLE_TEXT_LIMIT) {
    const hits = scanLog(rt, input, tokens);
    if (hits.length > 0) return respondToLog(rt, input, tokens, hits, limit, extracted);
    if (input.length > WHOLE_TEXT_LIMIT) return { verdict: 'none', results: [], extracted, findings: [] };
  }

  const distinctTerms = new Set(tokens.map((t) => t.term)).size;
  const query = resolveTokens(rt, tokens, {
    fuzzy: distinctTerms <= FUZZY_MAX_TERMS,
    completeLast: tokens.length <= PREFIX_MAX_TOKENS && !/[\s.;:!?)"']$/.test(input),
  });
  const { verdict, keep } = decideVerdict(scorePages(rt, query));
  const results = keep.slice(0, limit).map((s) => hitFor(rt, s, input, tokens, query));
  return { verdict, results, extracted, findings: [] };
}

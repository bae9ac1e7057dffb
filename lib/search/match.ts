/**
 * `matchQuery`: the one pure function the search page, the CLI and the benchmark call, and
 * `explainQuery`, which runs the same steps and says why.
 *
 * 1. A page ID (PT-0201, pt-0201, pt0201) in a short query is that page.
 * 2. The paste is normalised once (normalise.ts), its words read through the knowledge base's
 *    vocabulary (former product names, synonyms), and cut into segments (segments.ts).
 * 3. Evidence is gathered per segment, for the whole paste when it is short, and from declared
 *    signals; each page keeps the best evidence any of them gives it (log.ts), so more text never
 *    dilutes what one segment says.
 * 4. A paste that names another product and nothing of this one cannot be a confident match.
 * 5. One verdict rule (verdict.ts) decides, whatever the shape of the paste.
 *
 * Never throws for any string; its work is linear in the length of the paste, which is capped.
 */
import { scanSegments, type SegmentEvidence } from './log';
import { normaliseText } from './normalise';
import { repairOcr } from './ocr';
import { resolveTokens, type ResolvedQuery } from './resolve';
import { decodeDeltas, getRuntime, type Runtime } from './runtime';
import { asContradicted, scorePages, type PageScore } from './score';
import { lineOfTokens, lineText, segmentsOf, splitLines, type Segment } from './segments';
import { scanSignals, type SignalHit } from './signals';
import { decideVerdict, type MatchRule } from './verdict';
import { reasons } from './messages';
import { applySynonyms, termTextOf, tokenAtOffset, tokenise, type TermText, type Token } from './tokens';
import { CONTRADICTED_CEILING, FUZZY_MAX_TERMS, IN_PRODUCT_MIN, ID_SCORE, MATCH_EVIDENCE, PASSAGE_TOKENS, PASSAGES_UP_TO_TOKENS, PREFIX_MAX_TOKENS, SIGNAL_LINES, SIGNAL_SCORE, TIE_BREAK, WHOLE_ERROR_COVERAGE, WHOLE_TEXT_LIMIT } from './tuning';
import type { Extracted, ExtractedKind, LogFinding, MatchOptions, MatchedSpan, SearchHit, SearchIndex, SearchResponse, Verdict } from './types';
import { stemWord, stopWords } from './vocabulary';

const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 50;
/**
 * The engine reads at most this many UTF-16 units of a paste (a little over 1 MB of text); the rest
 * is ignored and the answer says so (`truncated`). Memory and time stay bounded for any input.
 */
export const MAX_INPUT_CHARS = 1_100_000;
/** Past this many segments, a paste is a log: segments count only when each is a confident match. */
const MAX_FULL_SEGMENTS = 256;
/** A query of at most this many words that holds a page ID is a look-up of that page. */
const ID_QUERY_WORDS = 4;

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
      // ("de" before a wrapped "nied" is half of "denied", not the French word.)
      if (tokens[(marks[k] ?? 0) + 1]?.wrapped) return false;
      return !token || token.mask !== undefined || stopWords.has(token.term);
    };
    while (a <= b && isStop(a)) a++;
    while (b >= a && isStop(b)) b--;
    if (a <= b) {
      const start = tokens[marks[a] ?? 0]?.start ?? 0;
      const end = tokens[marks[b] ?? 0]?.end ?? start;
      const previous = spans[spans.length - 1];
      // Inside one identifier ("System|For|CrossDomain…"), a stop word between two marked parts is
      // part of the name: one highlight, not two with a hole.
      if (previous && (start <= previous.end || /^[\p{L}\p{N}]{1,12}$/u.test(input.slice(previous.end, start)))) {
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

function hitFor(rt: Runtime, c: Candidate, input: string, tokens: readonly Token[], whole: ResolvedQuery | null, segments: readonly Segment[], multiLine: boolean): SearchHit {
  const page = rt.index.pages[c.page];
  const base = { id: page?.id ?? '', title: page?.title ?? '', url: page?.url ?? '', score: round(c.score) };
  const source = c.source;
  if (source.kind === 'signal') {
    const line = multiLine ? source.hit.line : undefined;
    return { ...base, matched: spansOf(input, tokens, source.hit.tokens), reason: reasons.signal(page?.signals[source.hit.signal] ?? '', line), ...(line ? { line } : {}) };
  }
  if (source.kind === 'segment') {
    const slice = tokens.slice(source.first, source.last + 1);
    const query = resolveTokens(rt, slice, { fuzzy: false, completeLast: false });
    const line = multiLine ? (segments[source.segment]?.line ?? 0) + 1 : undefined;
    const hit = describe(rt, c, input, tokens, query, source.first);
    if (line === undefined) return { ...base, ...hit };
    return { ...base, ...hit, reason: hit.error !== undefined ? reasons.line(line, hit.error, c.coverage) : hit.reason, line };
  }
  return { ...base, ...describe(rt, c, input, tokens, whole ?? resolveTokens(rt, tokens, { fuzzy: false, completeLast: false }), 0) };
}

/** Spans, the matched error and a reason for a page's evidence from a resolved (part of the) paste. */
function describe(rt: Runtime, s: PageScore, input: string, tokens: readonly Token[], resolved: ResolvedQuery, offset: number): Pick<SearchHit, 'matched' | 'error' | 'errorIndex' | 'reason'> {
  const query = resolved.terms.map((q) => ({ ...q, tokens: q.tokens.map((t) => t + offset) }));
  const page = rt.index.pages[s.page];
  const phrase = s.phrase >= 0 ? rt.phrases[s.phrase] : undefined;
  if (phrase && page) {
    const terms = new Set(phrase.terms);
    const matched = query.filter((q) => q.id >= 0 && terms.has(q.id)).flatMap((q) => q.tokens);
    const spans = spansOf(input, tokens, matched);
    if (phrase.kind === 'error') {
      const error = page.errors[phrase.index] ?? '';
      return { matched: spans, error, errorIndex: phrase.index, reason: reasons.error(error, s.coverage) };
    }
    if (phrase.kind === 'title') return { matched: spans, reason: reasons.title(page.title, s.coverage) };
    return { matched: spans, reason: reasons.alias(page.aliases[phrase.index] ?? '') };
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
  return { matched: spansOf(input, tokens, found.flatMap((q) => q.tokens)), reason: reasons.text([...new Set(words)], where) };
}

/** Where a page's best evidence came from. */
export type EvidenceSource =
  | { kind: 'id' }
  | { kind: 'whole' }
  | { kind: 'segment'; segment: number; first: number; last: number }
  | { kind: 'signal'; hit: SignalHit };

type Candidate = PageScore & { source: EvidenceSource };

/** Everything one run of the engine saw: `matchQuery` keeps the response, `explainQuery` the rest. */
export type QueryRun = {
  response: SearchResponse;
  input: string;
  tokens: Token[];
  segments: Segment[];
  /** Best evidence per page, best first, after the product check. */
  candidates: Candidate[];
  /** Every piece of evidence per page, for the explanation. */
  evidence: Map<number, Array<{ score: PageScore; source: EvidenceSource }>>;
  elsewhere: string[];
  /** The paste names this product and no other (decideVerdict's context; a page's own words need it). */
  inProduct?: boolean;
  verdict: Verdict;
  /** For a `match`, the verdict rule that made it. */
  matchRule?: MatchRule;
};

const ID_PATTERN = /\bpt[-_ ]?(\d{4})\b/i;

/** A short query holding a page ID, answered with that page. */
function pageById(rt: Runtime, input: string): number {
  if (input.length > 120) return -1;
  const id = ID_PATTERN.exec(input);
  if (!id) return -1;
  const words = input.replace(ID_PATTERN, ' ').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length > ID_QUERY_WORDS - 1) return -1;
  return rt.index.pages.findIndex((p) => p.id === `PT-${id[1]}`);
}

/** Term sequences of a list found in the paste, as the words the paste used. */
function namesFound(terms: TermText, tokens: readonly Token[], lists: readonly string[][], input: string): string[] {
  const found: string[] = [];
  for (const list of lists) {
    const at = terms.text.indexOf(` ${list.join(' ')} `);
    if (at === -1) continue;
    const index = tokenAtOffset(terms, at + 1);
    const first = tokens[index];
    const last = tokens[index + list.length - 1];
    found.push(first && last ? input.slice(first.start, last.end) : list.join(' '));
  }
  return found;
}

export function runQuery(index: SearchIndex, text: string, options: MatchOptions = {}): QueryRun {
  const raw = typeof text === 'string' ? text : '';
  const truncated = raw.length > MAX_INPUT_CHARS;
  const input = truncated ? raw.slice(0, MAX_INPUT_CHARS) : raw;
  const requested = Number.isFinite(options.limit) ? Math.floor(options.limit ?? DEFAULT_LIMIT) : DEFAULT_LIMIT;
  const limit = Math.max(1, Math.min(MAX_LIMIT, requested));
  const rt = getRuntime(index);
  const vocabulary = index.vocabulary;
  const evidence = new Map<number, Array<{ score: PageScore; source: EvidenceSource }>>();
  const base = { input, segments: [] as Segment[], evidence, elsewhere: [] as string[] };
  const respond = (r: Omit<SearchResponse, 'truncated'>): SearchResponse => (truncated ? { ...r, truncated: true } : r);

  const byId = pageById(rt, input);
  if (byId >= 0) {
    const page = rt.index.pages[byId];
    const score: PageScore = { page: byId, score: ID_SCORE, phrase: -1, phraseScore: 0, coverage: 1, textScore: 0, evidence: MATCH_EVIDENCE };
    evidence.set(byId, [{ score, source: { kind: 'id' } }]);
    const hit: SearchHit = { id: page?.id ?? '', title: page?.title ?? '', url: page?.url ?? '', score: 1, matched: [], reason: reasons.id(page?.id ?? '') };
    return { ...base, tokens: [], candidates: [{ ...score, source: { kind: 'id' } }], verdict: 'match', response: respond({ verdict: 'match', results: [hit], extracted: [], findings: [] }) };
  }

  const normalised = normaliseText(input, { connectorPrefixes: vocabulary.connectorPrefixes });
  const tokens = applySynonyms(tokenise(repairOcr(rt, normalised)), vocabulary.synonyms, input);
  const extracted = collectExtracted(normalised.extracted);
  if (tokens.length === 0) {
    return { ...base, tokens, candidates: [], verdict: 'none', response: respond({ verdict: 'none', results: [], extracted, findings: [] }) };
  }

  const lines = splitLines(input);
  const tokenLines = lineOfTokens(lines, tokens);
  // A line break inside a word (a hard wrap) does not end a segment: the halves read as one known word.
  const segments = segmentsOf(input, tokens, tokenLines, (a, b) => (!rt.termId.has(a.term) || !rt.termId.has(b.term)) && rt.termId.has(stemWord(a.raw + b.raw)));
  const short = input.length <= WHOLE_TEXT_LIMIT;
  const best = new Map<number, Candidate>();
  const offer = (score: PageScore, source: EvidenceSource): void => {
    const list = evidence.get(score.page) ?? [];
    list.push({ score, source });
    evidence.set(score.page, list);
    const current = best.get(score.page);
    if (!current || score.score > current.score) best.set(score.page, { ...score, source });
  };

  // The whole paste, read as one query, when it is short enough to be one.
  let whole: ResolvedQuery | null = null;
  // Pages whose error the whole paste contradicts ("Service 'Microsoft ECMA2Host' failed to start"
  // against the agent's start error): a segment that holds only the shared part cannot vouch for them.
  const contradictedPages = new Set<number>();
  if (short) {
    const distinctTerms = new Set(tokens.map((t) => t.term)).size;
    whole = resolveTokens(rt, tokens, {
      tokenLines,
      fuzzy: distinctTerms <= FUZZY_MAX_TERMS,
      completeLast: tokens.length <= PREFIX_MAX_TOKENS && !/[\s.;:!?)"']$/.test(input),
    });
    for (const score of scorePages(rt, whole)) {
      offer(score, { kind: 'whole' });
      if (score.isContradicted) contradictedPages.add(score.page);
    }
  }
  // A ticket or a message of several paragraphs whose whole reading is too thin to offer any page, read
  // again in passages of a few sentences: names, dates and pleasantries diluted the paragraph that says
  // what is wrong. (Where the whole reading offers pages, passages only add noise between them.)
  const ticketLength = short && tokens.length > PASSAGE_TOKENS && tokens.length <= PASSAGES_UP_TO_TOKENS;
  if (ticketLength && [...best.values()].every((c) => c.score < IN_PRODUCT_MIN)) {
    for (const passage of passagesOf(segments, PASSAGE_TOKENS)) {
      const query = resolveTokens(rt, tokens.slice(passage.first, passage.last + 1), { fuzzy: false, completeLast: false });
      for (const score of scorePages(rt, query)) offer(score, { kind: 'segment', segment: passage.segment, first: passage.first, last: passage.last });
    }
  }
  // Each segment on its own (a one-segment paste was just read whole).
  const scan = segments.length > 1 || !short ? scanSegments(rt, tokens, segments, short && segments.length <= MAX_FULL_SEGMENTS) : { byPage: new Map<number, SegmentEvidence>(), hits: [] };
  for (const e of scan.byPage.values()) {
    // A segment that holds one of the page's errors whole, and nothing in it contradicts, vouches for
    // the page whatever the rest of the paste says: the contradiction was elsewhere in the paste.
    const holdsErrorWhole = e.score.phrase >= 0 && rt.phrases[e.score.phrase]?.kind === 'error' && !e.score.isContradicted && e.score.contradicted === undefined && e.score.coverage >= WHOLE_ERROR_COVERAGE;
    if (holdsErrorWhole) contradictedPages.delete(e.score.page);
    offer(e.score, { kind: 'segment', segment: e.segment, first: e.first, last: e.last });
  }
  const terms = termTextOf(tokens);
  // The signal with the most words first: of a page's signals, the most specific is the reason shown
  // ("the ECMA host still asks for authentication on its cache endpoint", not "asks for its cache").
  const signalHits = scanSignals(rt, tokens, tokenLines, { input, lines, terms, now: options.now ?? Date.now() }).sort((x, y) => y.tokens.length - x.tokens.length);
  for (const hit of signalHits) {
    offer({ page: hit.page, score: SIGNAL_SCORE, phrase: -1, phraseScore: 0, coverage: 1, textScore: 0, evidence: MATCH_EVIDENCE }, { kind: 'signal', hit });
  }

  // Context that places the paste in another product lowers every verdict below a match.
  const elsewhere = namesFound(terms, tokens, vocabulary.elsewhere, input);
  // Another product's words outnumber ours. Ours count only outside the leading page's errors: a
  // sentence of ours quoted in a Kubernetes operator's log names our product inside itself.
  const leader = [...best.values()].sort((x, y) => y.score - x.score)[0];
  const leaderTerms = new Set(leader ? (rt.index.pages[leader.page]?.errorTerms.flat() ?? []).map((t) => rt.index.terms[t]) : []);
  const oursOutside = vocabulary.ours.filter((list) => !list.every((t) => leaderTerms.has(t)));
  const foreign = elsewhere.length > 0 && elsewhere.length >= namesFound(terms, tokens, oursOutside, input).length;
  const inProduct = elsewhere.length === 0 && namesFound(terms, tokens, vocabulary.ours, input).length > 0;
  // A page's own words (its title, aliases, text) say what the page is about, not that the paste comes
  // from this product: "is not digitally signed" is every PowerShell script's. Nor does an error read
  // without its quoted name. Without a word of ours in the paste they cannot carry a page to a match;
  // a declared error (with its name, if it has one) or a signal can.
  const described = (score: PageScore, source: EvidenceSource): boolean => source.kind !== 'signal' && source.kind !== 'id' && (score.phrase < 0 || rt.phrases[score.phrase]?.kind !== 'error' || score.nameless === true);
  const bestOf = (c: Candidate): Candidate => {
    if (inProduct || !described(c, c.source)) return c;
    // The page's best evidence that can stand on its own, or its described best capped, whichever is higher.
    let out: Candidate = { ...c, score: Math.min(c.score, CONTRADICTED_CEILING) };
    for (const e of evidence.get(c.page) ?? []) {
      const standing = described(e.score, e.source) ? (e.score.errorScore ?? 0) : e.score.score;
      if (standing > out.score) out = { ...e.score, score: standing, source: e.source };
    }
    return out;
  };
  const candidates = detailOverCode(
    rt,
    [...best.values()].map((c): Candidate => (foreign || contradictedPages.has(c.page) ? asContradicted(c) : bestOf(c))),
    segments,
    lines.length,
  );
  // Pages tied on a signal each are told apart by how many of their signals the paste shows.
  const signalsFound = new Map<number, number>();
  for (const hit of signalHits) signalsFound.set(hit.page, (signalsFound.get(hit.page) ?? 0) + 1);
  candidates.sort((x, y) => y.score - x.score || (signalsFound.get(y.page) ?? 0) - (signalsFound.get(x.page) ?? 0) || x.page - y.page);
  const { verdict, keep, rule: matchRule } = decideVerdict(candidates, { inProduct });

  const multiLine = lines.filter((l) => /\S/.test(input.slice(l.start, Math.min(l.end, l.start + 4096)))).length > 1;
  const findings: LogFinding[] = multiLine
    ? scan.hits.flatMap((h) => {
        const page = rt.index.pages[h.score.page];
        const phrase = rt.phrases[h.score.phrase];
        if (!page || !phrase) return [];
        return [{ line: h.line, text: lineText(input, lines, h.line).slice(0, 500), id: page.id, title: page.title, url: page.url, error: page.errors[phrase.index] ?? '' }];
      })
    : [];
  const results = (keep as Candidate[]).slice(0, limit).map((c) => hitFor(rt, c, input, tokens, whole, segments, multiLine));
  return { ...base, tokens, segments, candidates, elsewhere: foreign ? elsewhere : [], inProduct, verdict, ...(matchRule ? { matchRule } : {}), response: respond({ verdict, results, extracted, findings }) };
}

/**
 * An error code names a category; the message beside it names the cause. When the best page stands on
 * a bare code ("SystemForCrossDomainIdentityManagementCredentialValidationUnavailable") and another
 * page's error stands whole a few lines from it (its "Details: invalid resource"), the message's page
 * leads and the code's follows close behind: both are offered, neither is a match.
 */
function detailOverCode(rt: Runtime, candidates: Candidate[], segments: readonly Segment[], lineCount: number): Candidate[] {
  const declared = (c: Candidate): string | undefined => {
    const phrase = c.phrase >= 0 ? rt.phrases[c.phrase] : undefined;
    return phrase?.kind === 'error' ? rt.index.pages[phrase.page]?.errors[phrase.index] : undefined;
  };
  const isCode = (c: Candidate): boolean => /^[A-Za-z][\w.]*$/.test(declared(c) ?? '');
  const lineOf = (c: Candidate): number | undefined => (c.source.kind === 'segment' ? segments[c.source.segment]?.line : undefined);
  const top = candidates.reduce<Candidate | undefined>((a, c) => (!a || c.score > a.score ? c : a), undefined);
  if (!top || top.isContradicted || top.source.kind === 'signal' || !isCode(top)) return candidates;
  const near = (c: Candidate): boolean => {
    const a = lineOf(top);
    const b = lineOf(c);
    return a !== undefined && b !== undefined ? Math.abs(a - b) <= SIGNAL_LINES : lineCount <= SIGNAL_LINES;
  };
  const detail = candidates
    .filter((c) => c.page !== top.page && !c.isContradicted && declared(c) !== undefined && !isCode(c) && c.coverage >= WHOLE_ERROR_COVERAGE && near(c))
    .sort((x, y) => y.score - x.score)[0];
  if (!detail) return candidates;
  return candidates.map((c) => (c === top ? { ...c, score: Math.min(c.score, detail.score - TIE_BREAK) } : c));
}

/** Runs of consecutive segments of at most `size` tokens, one starting at each segment (a longer segment stands alone). */
function passagesOf(segments: readonly Segment[], size: number): Array<{ segment: number; first: number; last: number }> {
  const out: Array<{ segment: number; first: number; last: number }> = [];
  for (let k = 0; k < segments.length; k++) {
    const start = segments[k];
    if (!start) continue;
    let last = start.last;
    for (let j = k + 1; j < segments.length; j++) {
      const next = segments[j];
      if (!next || next.last - start.first + 1 > size) break;
      last = next.last;
    }
    out.push({ segment: k, first: start.first, last });
    if (last === segments[segments.length - 1]?.last) break;
  }
  return out;
}

export function matchQuery(index: SearchIndex, text: string, options: MatchOptions = {}): SearchResponse {
  return runQuery(index, text, options).response;
}

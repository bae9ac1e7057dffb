/**
 * `explainQuery`: why the engine answered what it answered. It runs exactly what `matchQuery` runs
 * (match.ts `runQuery`) and reports what that saw: the segments the paste was read in, each
 * candidate page's evidence (which error, title, alias, page text or signal, from which segment, with
 * its score, coverage and distinctive weight), the contradictions, and the margin that decided the
 * verdict. For `kb explain` and for people tuning content; the search page never needs it.
 */
import { runQuery, type EvidenceSource } from './match';
import { getRuntime } from './runtime';
import type { PageScore } from './score';
import { AMBIGUOUS_BAND, AMBIGUOUS_MIN, CLEAR_MIN, CLEAR_NEXT_SHARE, MATCH_EVIDENCE, MATCH_LEAD, MATCH_MIN } from './tuning';
import type { MatchOptions, SearchIndex, SearchResponse, Verdict } from './types';

export type ExplainedSegment = { index: number; line: number; text: string; start: number; end: number };

export type ExplainedEvidence = {
  /** What the evidence is: a declared error, the title, an alias, the page's text, a signal, an ID. */
  kind: 'error' | 'title' | 'alias' | 'text' | 'signal' | 'id';
  /** The declared text that matched (the error, alias, title or signal's meaning). */
  text: string;
  /** Where in the paste: the whole paste, or a segment (index into `segments`). */
  from: 'whole paste' | { segment: number };
  score: number;
  /** Share of the declared phrase the paste covers (weighted). */
  coverage: number;
  /** Distinctive weight behind it (generic words count nothing). */
  weight: number;
};

export type ExplainedCandidate = {
  id: string;
  title: string;
  score: number;
  evidence: ExplainedEvidence[];
  /** Declared errors of this page that the paste contradicts (it says something else where they are specific). */
  contradictions: string[];
};

export type Explanation = {
  verdict: Verdict;
  response: SearchResponse;
  segments: ExplainedSegment[];
  candidates: ExplainedCandidate[];
  /** Words that placed the paste in another product (and none of this one), capping every score. */
  otherProduct: string[];
  /** The paste names this product (the vocabulary's `ours`) and no other; without that, a page's own words cannot make a match. */
  namesProduct: boolean;
  /** Top score minus the next page's, and the rule that turned the scores into the verdict. */
  margin: number;
  rule: string;
};

const round = (x: number): number => Math.round(x * 1000) / 1000;
const MAX_CANDIDATES = 10;

export function explainQuery(index: SearchIndex, text: string, options: MatchOptions = {}): Explanation {
  const run = runQuery(index, text, options);
  const rt = getRuntime(index);
  const segments = run.segments.map((s, i) => {
    const start = run.tokens[s.first]?.start ?? 0;
    const end = run.tokens[s.last]?.end ?? start;
    return { index: i, line: s.line + 1, text: run.input.slice(start, end).slice(0, 300), start, end };
  });
  const describe = (score: PageScore, source: EvidenceSource): ExplainedEvidence => {
    const page = rt.index.pages[score.page];
    const phrase = score.phrase >= 0 ? rt.phrases[score.phrase] : undefined;
    const from: ExplainedEvidence['from'] = source.kind === 'segment' ? { segment: source.segment } : 'whole paste';
    const common = { score: round(score.score), coverage: round(score.coverage), weight: round(score.evidence) };
    if (source.kind === 'id') return { kind: 'id', text: page?.id ?? '', from: 'whole paste', ...common };
    if (source.kind === 'signal') {
      const segment = run.segments.findIndex((s) => s.first <= (source.hit.tokens[0] ?? 0) && (source.hit.tokens[0] ?? 0) <= s.last);
      return { kind: 'signal', text: page?.signals[source.hit.signal] ?? '', from: segment >= 0 ? { segment } : 'whole paste', ...common };
    }
    if (!phrase) return { kind: 'text', text: page?.title ?? '', from, ...common };
    const declared = phrase.kind === 'error' ? page?.errors[phrase.index] : phrase.kind === 'alias' ? page?.aliases[phrase.index] : page?.title;
    return { kind: phrase.kind, text: declared ?? '', from, ...common };
  };
  const candidates = run.candidates.slice(0, MAX_CANDIDATES).map((c) => {
    const page = rt.index.pages[c.page];
    const all = (run.evidence.get(c.page) ?? []).slice().sort((a, b) => b.score.score - a.score.score);
    const contradictions = new Set<string>();
    for (const e of all) {
      const phrase = e.score.contradicted !== undefined ? rt.phrases[e.score.contradicted] : undefined;
      if (phrase) contradictions.add(page?.errors[phrase.index] ?? '');
    }
    return { id: page?.id ?? '', title: page?.title ?? '', score: round(c.score), evidence: all.slice(0, 8).map((e) => describe(e.score, e.source)), contradictions: [...contradictions] };
  });
  const top = run.candidates[0];
  const second = run.candidates[1]?.score ?? 0;
  const margin = round((top?.score ?? 0) - second);
  const rule = !top
    ? 'no page has any evidence'
    : run.verdict === 'match'
      ? run.matchRule === 'sure'
        ? `match: score ${round(top.score)} >= ${MATCH_MIN}, distinctive weight ${round(top.evidence)} >= ${MATCH_EVIDENCE}, lead ${margin} >= ${MATCH_LEAD}`
        : `match: a paste about this product, score ${round(top.score)} >= ${CLEAR_MIN}, lead ${margin} >= ${MATCH_LEAD} with the next page at most ${CLEAR_NEXT_SHARE} of it, nothing contradicts it`
      : run.verdict === 'none'
        ? `none: best score ${round(top.score)} < ${AMBIGUOUS_MIN}`
        : `ambiguous: ${[
            top.score < MATCH_MIN ? `score ${round(top.score)} < ${MATCH_MIN}` : '',
            top.evidence < MATCH_EVIDENCE ? `distinctive weight ${round(top.evidence)} < ${MATCH_EVIDENCE}` : '',
            margin < MATCH_LEAD ? `lead ${margin} < ${MATCH_LEAD}` : '',
          ]
            .filter(Boolean)
            .join(', ')}; pages within ${AMBIGUOUS_BAND} of the best are offered`;
  return { verdict: run.verdict, response: run.response, segments, candidates, otherProduct: run.elsewhere, namesProduct: run.inProduct === true, margin, rule };
}

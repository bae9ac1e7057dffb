/**
 * Evidence per segment (segments.ts): each line, JSON string value or XML text node of a paste is
 * scored on its own, and a page keeps the best any segment gives it. That is what stops a stack
 * trace, an Event Viewer export or an admin's question from diluting the one line that names the
 * error: unrelated segments add nothing, and they take nothing away.
 *
 * Segments are read against declared errors only (titles, aliases and page text are read from the
 * whole paste, match.ts): a log line that merely mentions "hybrid identity service" is not evidence.
 * Two readings, by the size of the paste (the verdict rule is the same for both, verdict.ts):
 * - a paste of up to WHOLE_TEXT_LIMIT characters and MAX_FULL_SEGMENTS segments: every page a
 *   segment touches counts, with typos corrected in short segments;
 * - a longer paste (a log): only a segment that is itself a confident match counts. Results are cached by the segment's terms (log lines repeat endlessly once their
 *   variables are masked): that is what keeps a 1 MB log well under a second.
 *
 * A segment that covers part of an error is retried joined with the next one or two, for errors that
 * wrapped.
 */
import { resolveTokens } from './resolve';
import { pairOf, type Runtime } from './runtime';
import { asContradicted, scorePages, type PageScore } from './score';
import type { Segment } from './segments';
import type { Token } from './tokens';
import { FUZZY_MAX_TERMS, JOIN_MIN_COVERAGE, MAX_JOINED_SEGMENTS } from './tuning';
import { decideVerdict } from './verdict';

/** What one segment (or a few joined) says for one page. */
export type SegmentEvidence = {
  score: PageScore;
  /** Index of the (first) segment, and the token range read. */
  segment: number;
  first: number;
  last: number;
};

/** A segment that is, on its own, a confident match for a declared error. */
export type LineHit = SegmentEvidence & {
  /** 1-based line the error starts on. */
  line: number;
};

export type SegmentScan = { byPage: Map<number, SegmentEvidence>; hits: LineHit[] };

const CACHE_LIMIT = 5_000;

export function scanSegments(rt: Runtime, tokens: readonly Token[], segments: readonly Segment[], full: boolean): SegmentScan {
  const cache = new Map<string, { scores: PageScore[]; finding: boolean }>();

  const evaluate = (first: number, last: number): { scores: PageScore[]; finding: boolean } => {
    const slice = tokens.slice(first, last + 1);
    const key = slice.map((t) => t.term).join(' ');
    const cached = cache.get(key);
    if (cached) return cached;
    const fuzzy = full && new Set(slice.map((t) => t.term)).size <= FUZZY_MAX_TERMS;
    const scores = scorePages(rt, resolveTokens(rt, slice, { fuzzy, completeLast: false }), { errorsOnly: true });
    const top = scores[0];
    // The same rule as for the whole paste: this segment alone would be a match, for a declared error.
    const finding = !!top && rt.phrases[top.phrase]?.kind === 'error' && decideVerdict(scores).verdict === 'match';
    const result = { scores, finding };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, result);
    return result;
  };

  const byPage = new Map<number, SegmentEvidence>();
  const offer = (e: SegmentEvidence): void => {
    const best = byPage.get(e.score.page);
    if (!best || e.score.score > best.score.score) byPage.set(e.score.page, e);
  };
  const hits: LineHit[] = [];
  const seen = new Set<number>();
  const report = (k: number, first: number, last: number, r: { scores: PageScore[]; finding: boolean }): void => {
    const top = r.scores[0];
    if (!top) return;
    if (full) for (const score of r.scores) offer({ score, segment: k, first, last });
    else if (r.finding) offer({ score: top, segment: k, first, last });
    if (!r.finding || seen.has(top.phrase)) return;
    seen.add(top.phrase);
    hits.push({ score: top, segment: k, first, last, line: (segments[k]?.line ?? 0) + 1 });
  };

  const single = segments.map((s) => evaluate(s.first, s.last));
  segments.forEach((segment, k) => {
    let own = single[k];
    if (!own) return;
    // A finding that holds only the end of its error, right after a segment that, joined to it, reads
    // as the same error with something else in it ("Service 'Veeam Agent…' could not be installed." +
    // "Verify that you have sufficient privileges…"), is the end of that other message.
    const ownTop = own.scores[0];
    const previous = segments[k - 1];
    if (own.finding && ownTop && ownTop.coverage < 1 && previous && previous.line >= segment.line - 1) {
      const joined = evaluate(previous.first, segment.last).scores.find((s) => s.page === ownTop.page);
      if (joined?.isContradicted) own = { scores: [asContradicted(ownTop), ...own.scores.slice(1)], finding: false };
    }
    report(k, segment.first, segment.last, own);
    const top = own.scores[0];
    // A segment that is a finding with only part of its error ("Service '…' failed to start." cut from
    // "Check that you have sufficient privileges…" at the sentence end) may still gain the rest.
    const partial = own.finding && !!top && top.coverage < 1;
    if (own.finding && !partial) return;
    const startsError = !!top && top.phrase >= 0 && rt.phrases[top.phrase]?.kind === 'error' && top.coverage >= JOIN_MIN_COVERAGE;
    // The break falls inside a phrase the knowledge base has ("…Details: \"invalid" / "resource\"").
    const next = segments[k + 1];
    const a = rt.termId.get(tokens[segment.last]?.term ?? '');
    const b = rt.termId.get(tokens[next?.first ?? -1]?.term ?? '');
    const splitsPhrase = full && next !== undefined && a !== undefined && b !== undefined && rt.pagesByPair.has(pairOf(a, b, rt.index.terms.length));
    if (!startsError && !splitsPhrase) return;
    if (!startsError && next) {
      report(k, segment.first, next.last, evaluate(segment.first, next.last));
      return;
    }
    if (!top) return;
    // A wrapped error: try this segment with the next one or two, and keep it only if the join finds
    // the same error this one started and the later segments do not already find it on their own.
    for (let extra = 1; extra < MAX_JOINED_SEGMENTS; extra++) {
      const end = segments[k + extra];
      if (!end || end.line > segment.line + extra) break;
      // A later segment that finds the same error whole needs no join; one that finds only its
      // other part (the second sentence) does, and the join must then beat both parts.
      const later = single[k + extra]?.scores[0];
      const laterFinds = single[k + extra]?.finding === true && later?.phrase === top.phrase;
      if (laterFinds && later.coverage >= 1) break;
      const joined = evaluate(segment.first, end.last);
      const floor = Math.max(partial ? top.score : 0, laterFinds ? later.score : 0);
      if (joined.finding && joined.scores[0]?.phrase === top.phrase && (joined.scores[0]?.score ?? 0) > floor) {
        report(k, segment.first, end.last, joined);
        break;
      }
    }
  });
  hits.sort((a, b) => a.line - b.line);
  return { byPage, hits };
}

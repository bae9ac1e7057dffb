/**
 * The calibrated verdict. `match` is a promise that one page is the answer, so it needs a high score,
 * distinctive evidence (generic words contribute none) and a clear lead over the next page;
 * `ambiguous` offers the pages within a band of the best; `none` says nothing is close.
 */
import type { PageScore } from './score';
import type { Verdict } from './types';

export const MATCH_MIN = 0.6;
export const MATCH_LEAD = 0.12;
export const MATCH_EVIDENCE = 0.8;
/** Below this nothing is close; within the band below the best, pages are offered side by side. */
export const AMBIGUOUS_MIN = 0.3;
export const AMBIGUOUS_BAND = 0.25;

/** Decides over pages scored best first; `keep` are the pages worth returning. */
export function decideVerdict(scores: readonly PageScore[]): { verdict: Verdict; keep: PageScore[] } {
  const top = scores[0];
  if (!top || top.score < AMBIGUOUS_MIN) return { verdict: 'none', keep: [] };
  const second = scores[1]?.score ?? 0;
  if (top.score >= MATCH_MIN && top.evidence >= MATCH_EVIDENCE && second <= top.score - MATCH_LEAD) {
    return { verdict: 'match', keep: scores.filter((s) => s === top || s.score >= Math.max(AMBIGUOUS_MIN, top.score / 2)) };
  }
  return { verdict: 'ambiguous', keep: scores.filter((s) => s.score >= Math.max(AMBIGUOUS_MIN, top.score - AMBIGUOUS_BAND)) };
}

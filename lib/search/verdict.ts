/**
 * The calibrated verdict. `match` is a promise that one page is the answer, so it needs a high score,
 * distinctive evidence (generic words contribute none) and a clear lead over the next page;
 * `ambiguous` offers the pages within a band of the best; `none` says nothing is close.
 */
import type { PageScore } from './score';
import type { Verdict } from './types';
import { AMBIGUOUS_BAND, AMBIGUOUS_MIN, MATCH_EVIDENCE, MATCH_LEAD, MATCH_MIN } from './tuning';


/** Decides over pages scored best first; `keep` are the pages worth returning. */
export function decideVerdict(scores: readonly PageScore[]): { verdict: Verdict; keep: PageScore[] } {
  const top = scores[0];
  if (!top || top.score < AMBIGUOUS_MIN) return { verdict: 'none', keep: [] };
  const next = scores[1];
  const second = next?.score ?? 0;
  const sure = (s: PageScore | undefined): boolean => !!s && s.score >= MATCH_MIN && s.evidence >= MATCH_EVIDENCE;
  // Two pages each sure on their own evidence (two known errors in one log) are two answers, not one.
  if (sure(top) && second <= top.score - MATCH_LEAD && !sure(next)) {
    return { verdict: 'match', keep: scores.filter((s) => s === top || s.score >= Math.max(AMBIGUOUS_MIN, top.score / 2)) };
  }
  return { verdict: 'ambiguous', keep: scores.filter((s) => s.score >= Math.max(AMBIGUOUS_MIN, top.score - AMBIGUOUS_BAND)) };
}

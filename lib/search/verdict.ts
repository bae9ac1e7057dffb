/**
 * The calibrated verdict. `match` is a promise that one page is the answer, so it needs a high score,
 * distinctive evidence (generic words contribute none) and a clear lead over the next page;
 * `ambiguous` offers the pages within a band of the best; `none` says nothing is close.
 */
import type { PageScore } from './score';
import type { Verdict } from './types';
import { AMBIGUOUS_BAND, AMBIGUOUS_MIN, CLEAR_MIN, CLEAR_NEXT_SHARE, IN_PRODUCT_MIN, MATCH_EVIDENCE, MATCH_LEAD, MATCH_MIN } from './tuning';


/**
 * Decides over pages scored best first; `keep` are the pages worth returning. `inProduct`: the paste
 * names this product (the vocabulary's `ours`) and no other, so weaker pages are still worth offering:
 * an admin describing our product in their own words is asking about one of these pages, while the
 * same weak overlap in an unrelated error (AADSTS…, SQLSTATE…) is no answer at all.
 */
/** Which rule made a `match`: the page is sure on its own evidence, or it stands clear in a paste about this product. */
export type MatchRule = 'sure' | 'clear';

export function decideVerdict(scores: readonly PageScore[], context: { inProduct: boolean } = { inProduct: false }): { verdict: Verdict; keep: PageScore[]; rule?: MatchRule } {
  const floor = context.inProduct ? IN_PRODUCT_MIN : AMBIGUOUS_MIN;
  const top = scores[0];
  if (!top || top.score < floor) return { verdict: 'none', keep: [] };
  const next = scores[1];
  const second = next?.score ?? 0;
  const sure = (s: PageScore | undefined): boolean => !!s && s.score >= MATCH_MIN && s.evidence >= MATCH_EVIDENCE;
  // Two pages each sure on their own evidence (two known errors in one log) are two answers, not one.
  if (sure(top) && second <= top.score - MATCH_LEAD && !sure(next)) {
    return { verdict: 'match', rule: 'sure', keep: scores.filter((s) => s === top || s.score >= Math.max(AMBIGUOUS_MIN, top.score / 2)) };
  }
  // A paste about this product whose best page is weaker but stands well ahead of every other, on
  // distinctive words, and that nothing contradicts (another quoted name, another product's frame),
  // is answered too: an admin's own description rarely reaches an error's score.
  const clear = context.inProduct && top.score >= CLEAR_MIN && !top.isContradicted && top.evidence >= MATCH_EVIDENCE && second <= top.score - MATCH_LEAD && second <= top.score * CLEAR_NEXT_SHARE;
  if (clear) return { verdict: 'match', rule: 'clear', keep: scores.filter((s) => s === top || s.score >= Math.max(floor, top.score / 2)) };
  return { verdict: 'ambiguous', keep: scores.filter((s) => s.score >= Math.max(floor, top.score - AMBIGUOUS_BAND)) };
}

/** The one verdict rule (lib/search/verdict.ts) on hand-made scores: what makes a match. */
import { describe, expect, it } from 'vitest';
import type { PageScore } from '@/lib/search/score';
import { CLEAR_MIN, CLEAR_NEXT_SHARE, MATCH_EVIDENCE, MATCH_LEAD, MATCH_MIN } from '@/lib/search/tuning';
import { decideVerdict } from '@/lib/search/verdict';

const page = (page: number, score: number, more: Partial<PageScore> = {}): PageScore => ({ page, score, phrase: 0, phraseScore: score, coverage: 1, textScore: 0, evidence: MATCH_EVIDENCE + 0.2, ...more });

describe('decideVerdict', () => {
  it('a high score with a clear lead is a match, inside the product or not', () => {
    const scores = [page(0, MATCH_MIN + 0.2), page(1, 0.3)];
    expect(decideVerdict(scores).verdict).toBe('match');
    expect(decideVerdict(scores, { inProduct: true }).verdict).toBe('match');
  });

  it('a weaker best page far ahead of the rest is a match only in a paste about this product', () => {
    const best = (CLEAR_MIN + MATCH_MIN) / 2;
    const scores = [page(0, best), page(1, Math.min(best - MATCH_LEAD, best * CLEAR_NEXT_SHARE) - 0.02)];
    expect(decideVerdict(scores, { inProduct: true }).verdict).toBe('match');
    expect(decideVerdict(scores, { inProduct: false }).verdict).toBe('ambiguous');
  });

  it('not when its lead is small, its words generic, or something contradicts it', () => {
    const best = (CLEAR_MIN + MATCH_MIN) / 2;
    const near = [page(0, best), page(1, best - MATCH_LEAD + 0.02)];
    expect(decideVerdict(near, { inProduct: true }).verdict).toBe('ambiguous');
    // A lead as large as MATCH_LEAD is not enough when the next page still scores most of the best.
    const close = [page(0, best), page(1, best * CLEAR_NEXT_SHARE + 0.02)];
    expect(best - (best * CLEAR_NEXT_SHARE + 0.02)).toBeGreaterThanOrEqual(MATCH_LEAD);
    expect(decideVerdict(close, { inProduct: true }).verdict).toBe('ambiguous');
    const generic = [page(0, best, { evidence: MATCH_EVIDENCE - 0.3 }), page(1, 0.05)];
    expect(decideVerdict(generic, { inProduct: true }).verdict).toBe('ambiguous');
    const contradicted = [page(0, best, { isContradicted: true }), page(1, 0.05)];
    expect(decideVerdict(contradicted, { inProduct: true }).verdict).toBe('ambiguous');
    const weak = [page(0, CLEAR_MIN - 0.05), page(1, 0)];
    expect(decideVerdict(weak, { inProduct: true }).verdict).toBe('ambiguous');
  });
});

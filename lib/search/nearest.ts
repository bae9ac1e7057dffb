/**
 * The page closest to a text, with its score, even when it is not close enough for a verdict. `kb
 * triage` shows it beside each cluster of unanswered tickets ("nearest page"), so an author sees whether
 * a new page is needed or an existing one lacks an error string. `matchQuery` never offers this guess to
 * a user: below the verdict's floor it answers `none`.
 */
import { normaliseText } from './normalise';
import { resolveTokens } from './resolve';
import { getRuntime } from './runtime';
import { scorePages } from './score';
import { tokenise } from './tokens';
import type { SearchIndex } from './types';

export type NearestPage = { id: string; score: number };

export function nearestPage(index: SearchIndex, text: string): NearestPage | null {
  const rt = getRuntime(index);
  const tokens = tokenise(normaliseText(text));
  if (tokens.length === 0) return null;
  const top = scorePages(rt, resolveTokens(rt, tokens, { fuzzy: false, completeLast: false }))[0];
  const page = top ? rt.index.pages[top.page] : undefined;
  if (!top || !page || top.score <= 0) return null;
  return { id: page.id, score: Math.round(top.score * 1000) / 1000 };
}

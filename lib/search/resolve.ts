/**
 * Resolving the tokens of a paste to index terms. Most resolve exactly; the rest get three chances,
 * cheapest first: a run-together word split into known words ("systemforcrossdomain"), a truncated
 * last word completed ("…CredentialValidationUnavai"), and, for short queries only, a typo corrected
 * with fuse.js over the vocabulary. Whatever is left stays unknown, and unknown words count against
 * a match: an error this knowledge base does not cover is mostly words it has never seen.
 */
import type { Runtime } from './runtime';
import { TERM_CLASS, classifyTerm, weighTerm } from './runtime';
import { inAnotherScript, type Token } from './tokens';
import { joinWords, stemWord } from './vocabulary';
import { PREFIX_DISCOUNT, SPLIT_DISCOUNT, TYPO_DISCOUNT, TYPO_MAX_PER_QUERY, TYPO_MIN_LENGTH, UNKNOWN_WEIGHT, CONTEXT_TYPO_MIN_LENGTH, CONTEXT_TYPO_MAX_PHRASES, CONTEXT_TWO_EDITS_LENGTH } from './tuning';
export { TYPO_MIN_LENGTH } from './tuning';

export type QueryTerm = {
  /** Term id, or -1 for a word the index does not know. */
  id: number;
  term: string;
  weight: number;
  distinct: number;
  /** Indices into the token list, for highlighting. */
  tokens: number[];
};

/** A resolved paste: its distinct terms, and its term ids in reading order (see `sequence`). */
export type ResolvedQuery = {
  terms: QueryTerm[];
  /**
   * Term ids in the order the paste has them, stop words left out (so "access is denied" reads as
   * access·denied) and -1 for a word the index does not know, which breaks adjacency.
   */
  sequence: number[];
  /** How distinctive each word of `sequence` is; an unknown ordinary word counts by its weight. */
  sequenceDistinct: number[];
  /** The run (tokens.ts) each word of `sequence` came from: the parts of one identifier share it. */
  sequenceRun: number[];
  /** The line each word of `sequence` stands on, when the reading spans lines (the whole paste). */
  sequenceLine?: number[];
};

export type ResolveOptions = {
  /** Correct typos (fuse.js); only worth its cost on short, typed queries. */
  fuzzy: boolean;
  /** Complete the last token as a prefix: the paste may have been cut mid-word. */
  completeLast: boolean;
  /** Each token's line (segments.ts lineOfTokens), for a reading that spans lines. */
  tokenLines?: ArrayLike<number>;
};

const MEMO_LIMIT = 20_000;

/**
 * An unknown word weighs like a moderately rare one: enough that an error made of words this base has
 * never seen cannot match, not so much that "(see attached screenshot)" drowns a description. Short
 * ones are usually ids or fragments; unknown generic words, stop words and masks weigh what they
 * would if the index knew them.
 */
function unknownWeight(term: string): number {
  // A word in a script this base is not written in (Japanese framing around an English error) can
  // neither be one of its distinctive words nor dilute them; the vocabulary's synonyms read the ones that matter.
  if (inAnotherScript(term)) return 0;
  const cls = classifyTerm(term);
  if (cls !== TERM_CLASS.normal) return weighTerm(cls, 1).weight;
  return term.length >= 4 ? UNKNOWN_WEIGHT.long : UNKNOWN_WEIGHT.short;
}

/** The shortest vocabulary term starting with `prefix` (terms are sorted, so binary search). */
function completePrefix(rt: Runtime, prefix: string): number | undefined {
  const terms = rt.index.terms;
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((terms[mid] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  let best: number | undefined;
  for (let i = lo; i < terms.length && i < lo + 64; i++) {
    const t = terms[i] ?? '';
    if (!t.startsWith(prefix)) break;
    if (best === undefined || t.length < (terms[best] ?? '').length) best = i;
  }
  return best;
}

/**
 * Splits a run-together lower-case word into the fewest known words (dynamic programming). When no
 * split covers the whole word, `tail` may still name its end (a typo or a cut-off word): the longest
 * split prefix is then kept with whatever `tail` makes of the rest.
 */
function splitRunTogether(rt: Runtime, raw: string, tail?: (rest: string) => number | undefined): number[] | null {
  const n = raw.length;
  if (n < 7 || n > 80 || !/^[a-z]+$/.test(raw)) return null;
  const pieces = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const back = new Int32Array(n + 1).fill(-1);
  const ids = new Int32Array(n + 1).fill(-1);
  pieces[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(0, i - 24); j < i; j++) {
      const before = pieces[j] ?? Number.POSITIVE_INFINITY;
      if (!Number.isFinite(before) || before + 1 >= (pieces[i] ?? Number.POSITIVE_INFINITY)) continue;
      const piece = raw.slice(j, i);
      if (piece.length < 3 && !joinWords.has(piece)) continue;
      let id = rt.termId.get(stemWord(piece));
      if (id === undefined && i === n && piece.length >= 3) id = completePrefix(rt, piece);
      if (id === undefined) continue;
      pieces[i] = before + 1;
      back[i] = j;
      ids[i] = id;
    }
  }
  const walk = (end: number): number[] => {
    const out: number[] = [];
    for (let i = end; i > 0; i = back[i] ?? 0) out.push(ids[i] ?? 0);
    return out.reverse();
  };
  if (Number.isFinite(pieces[n] ?? Number.POSITIVE_INFINITY)) return (pieces[n] ?? 0) >= 2 ? walk(n) : null;
  if (!tail) return null;
  // The rest must be a word of its own (five letters or more), after at least one known word.
  // The longest split prefixes first; a few tries at most, each may cost a typo search.
  let tries = 0;
  for (let end = n - TYPO_MIN_LENGTH; end > 0 && tries < 3; end--) {
    const count = pieces[end] ?? Number.POSITIVE_INFINITY;
    if (!Number.isFinite(count) || count < 1) continue;
    tries++;
    const id = tail(raw.slice(end));
    if (id !== undefined) return [...walk(end), id];
  }
  return null;
}

/** Damerau-Levenshtein distance (optimal string alignment), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    let best = row[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      row[j] = v;
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** Closest vocabulary word within one edit (two for long words), or null. */
function correctTypo(rt: Runtime, term: string): number | null {
  if (term.length < TYPO_MIN_LENGTH || !/^[a-z]+$/.test(term)) return null;
  const maxEdits = term.length >= 8 ? 2 : 1;
  let best: { id: number; edits: number; score: number } | null = null;
  for (let length = term.length - maxEdits; length <= term.length + maxEdits; length++) {
    const bucket = rt.typoFuse(length);
    if (!bucket) continue;
    for (const hit of bucket.fuse.search(term, { limit: 3 })) {
      const edits = editDistance(term, hit.item, maxEdits);
      const score = hit.score ?? 1;
      if (edits > maxEdits) continue;
      if (!best || edits < best.edits || (edits === best.edits && score < best.score)) {
        best = { id: bucket.terms[hit.refIndex] ?? -1, edits, score };
      }
    }
  }
  return best && best.id >= 0 ? best.id : null;
}

/**
 * A mistyped word corrected by its neighbours: among the words that stand next to the previous (or
 * the next) word of the paste in some declared phrase, the one within an edit or two of it
 * ("ValidByLapStyle": "lap" beside "valid" reads as "ldap"; "invalid rsource"). Any paste, however
 * long, because the context makes it safe: only a word a phrase has in exactly that place qualifies.
 */
function correctInContext(rt: Runtime, term: string, previous: number, next: number): number | undefined {
  if (term.length < CONTEXT_TYPO_MIN_LENGTH || !/^[a-z]+$/.test(term) || (previous < 0 && next < 0)) return undefined;
  const key = `c:${previous}:${term}:${next}`;
  if (rt.resolved.has(key)) return rt.resolved.get(key)?.[0];
  // Its neighbours vouch for the word, so it may be further off than a word corrected on its own
  // ("ValidBydapStyle": "bydap" between "valid" and "style" is "ldap").
  const maxEdits = term.length >= CONTEXT_TWO_EDITS_LENGTH ? 2 : 1;
  let found: number | undefined;
  for (const [neighbour, step] of [[previous, 1], [next, -1]] as const) {
    const phrases = neighbour >= 0 ? rt.phrasesByTerm[neighbour] : undefined;
    if (!phrases || phrases.length > CONTEXT_TYPO_MAX_PHRASES) continue;
    for (const p of phrases) {
      const seq = rt.phrases[p]?.seq ?? new Int32Array(0);
      for (let j = 0; j < seq.length && found === undefined; j++) {
        if (seq[j] !== neighbour) continue;
        const candidate = seq[j + step];
        if (candidate === undefined) continue;
        const word = rt.index.terms[candidate] ?? '';
        if (rt.termClass[candidate] === TERM_CLASS.normal && editDistance(term, word, maxEdits) <= maxEdits) found = candidate;
      }
      if (found !== undefined) break;
    }
    if (found !== undefined) break;
  }
  remember(rt, key, found === undefined ? null : [found]);
  return found;
}

function remember(rt: Runtime, key: string, value: number[] | null): number[] | null {
  if (rt.resolved.size >= MEMO_LIMIT) rt.resolved.clear();
  rt.resolved.set(key, value);
  return value;
}

export function resolveTokens(rt: Runtime, tokens: readonly Token[], options: ResolveOptions): ResolvedQuery {
  const byKey = new Map<string, QueryTerm>();
  const sequence: number[] = [];
  const sequenceDistinct: number[] = [];
  const sequenceRun: number[] = [];
  const sequenceLine: number[] = [];
  const lines = options.tokenLines;
  const add = (key: string, id: number, term: string, weight: number, distinct: number, token: number): void => {
    const existing = byKey.get(key);
    if (existing) {
      existing.tokens.push(token);
      existing.weight = Math.max(existing.weight, weight);
      existing.distinct = Math.max(existing.distinct, distinct);
    } else {
      byKey.set(key, { id, term, weight, distinct, tokens: [token] });
    }
  };
  const addKnown = (id: number, token: number, discount: number): void => {
    add(`#${id}`, id, rt.index.terms[id] ?? '', (rt.weight[id] ?? 0) * discount, (rt.distinct[id] ?? 0) * discount, token);
    if (rt.termClass[id] === TERM_CLASS.stop) return;
    sequence.push(id);
    sequenceDistinct.push((rt.distinct[id] ?? 0) * discount);
    sequenceRun.push(tokens[token]?.run ?? -1);
    if (lines) sequenceLine.push(lines[token] ?? 0);
  };

  let corrections = 0;
  const typoFix = (term: string): number | undefined => {
    if (!options.fuzzy || corrections >= TYPO_MAX_PER_QUERY) return undefined;
    corrections++;
    const typoKey = `t:${term}`;
    const fixed = rt.resolved.has(typoKey)
      ? rt.resolved.get(typoKey)
      : remember(rt, typoKey, ((id) => (id === null ? null : [id]))(correctTypo(rt, term)));
    return fixed?.[0];
  };
  /** The known terms a lower-case word reads as, whole or split; memoised by the word. */
  const readWord = (raw: string, fuzzyTail: boolean): number[] | null => {
    const exact = rt.termId.get(stemWord(raw));
    if (exact !== undefined) return [exact];
    const key = `${fuzzyTail ? 'f' : 's'}:${raw}`;
    if (rt.resolved.has(key)) return rt.resolved.get(key) ?? null;
    const tail = fuzzyTail ? (rest: string): number | undefined => completePrefix(rt, rest) ?? typoFix(stemWord(rest)) : undefined;
    return remember(rt, key, splitRunTogether(rt, raw, tail));
  };
  const last = tokens.length - 1;
  let skip = -1;
  tokens.forEach((token, i) => {
    if (i === skip) return;
    const exact = rt.termId.get(token.term);
    const next = tokens[i + 1];
    // A word cut in two by a hard wrap ("…Valid" / "ation…", "de" / "nied"): when either half is
    // unknown and the two together are a known word (or split into known words), read them as one.
    if (next?.wrapped && token.mask === undefined && (exact === undefined || !rt.termId.has(next.term))) {
      const joined = readWord(token.raw + next.raw, false);
      if (joined) {
        for (const id of joined) addKnown(id, i, 1);
        byKey.get(`#${joined[joined.length - 1] ?? -1}`)?.tokens.push(i + 1);
        skip = i + 1;
        return;
      }
    }
    if (exact !== undefined) return addKnown(exact, i, 1);
    // The unjoined end of a wrapped word is a stray letter, not a word.
    if (token.wrapped && token.raw.length < 2) return;
    if (token.mask === undefined) {
      const split = readWord(token.raw, options.fuzzy);
      if (split) {
        for (const id of split) addKnown(id, i, SPLIT_DISCOUNT);
        return;
      }
      // A word cut short: the last one of a paste that stops mid-word, or, in a short typed query, an
      // abbreviation ("cert", "config").
      if (token.raw.length >= 4 && ((options.completeLast && i === last) || options.fuzzy)) {
        const completed = completePrefix(rt, token.raw);
        if (completed !== undefined) return addKnown(completed, i, PREFIX_DISCOUNT);
      }
      // The neighbours first: "rsource" after "invalid" is "resource", though "source" is nearer.
      const previous = sequence.length > 0 ? (sequence[sequence.length - 1] ?? -1) : -1;
      const inContext = correctInContext(rt, token.term, previous, rt.termId.get(tokens[i + 1]?.term ?? '') ?? -1);
      if (inContext !== undefined) return addKnown(inContext, i, TYPO_DISCOUNT);
      const fixed = typoFix(token.term);
      if (fixed !== undefined) return addKnown(fixed, i, TYPO_DISCOUNT);
    }
    const w = unknownWeight(token.term);
    add(`?${token.term}`, -1, token.term, w, 0, i);
    if (w > 0) {
      sequence.push(-1);
      sequenceDistinct.push(classifyTerm(token.term) === TERM_CLASS.normal ? w : 0);
      sequenceRun.push(token.run);
      if (lines) sequenceLine.push(lines[i] ?? 0);
    }
  });
  return lines ? { terms: [...byKey.values()], sequence, sequenceDistinct, sequenceRun, sequenceLine } : { terms: [...byKey.values()], sequence, sequenceDistinct, sequenceRun };
}


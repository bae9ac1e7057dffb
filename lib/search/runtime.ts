/**
 * What the matcher derives from a `SearchIndex` on first use: term weights, the phrase list and the
 * inverted lists. None of it is serialised (it is cheap to recompute and would double the file), and
 * it is memoised per index object so the page, the CLI and the benchmark pay for it once.
 */
import Fuse from 'fuse.js';
import type { SearchIndex } from './types';
import { genericWords, stopWords } from './vocabulary';
import { FIELD_FACTOR, GENERIC_WEIGHT, MASK_WEIGHT, TYPO_FUSE_OPTIONS } from './tuning';
export { TYPO_FUSE_OPTIONS } from './tuning';

export type PhraseKind = 'error' | 'title' | 'alias';

/** A declared error string, a title or an alias: something a paste can cover more or less of. */
export type Phrase = {
  page: number;
  kind: PhraseKind;
  /** Position in the page's `errors` or `aliases`. */
  index: number;
  /** Distinct terms, stop words left out. */
  terms: Int32Array;
  /** Terms in reading order, stop words left out: what adjacency is checked against. */
  seq: Int32Array;
  /** Sum of the weights of its distinct terms. */
  weight: number;
  /** Per position of `seq`, 1 where the word is part of a quoted name ("Service '…' failed to start"). */
  named: Uint8Array;
  /** Per position of `seq`, 1 where the word is part of one of the platform's own sentences. */
  platform: Uint8Array;
};


export const TERM_CLASS = { normal: 0, generic: 1, stop: 2, mask: 3 } as const;
export type TermClass = (typeof TERM_CLASS)[keyof typeof TERM_CLASS];

export type Runtime = {
  index: SearchIndex;
  termId: ReadonlyMap<string, number>;
  termClass: Uint8Array;
  /** What a term weighs in a match, and how much of that is distinctive (see `weighTerm`). */
  weight: Float64Array;
  distinct: Float64Array;
  phrases: Phrase[];
  phrasesByTerm: Int32Array[];
  /** For each term: the pages containing it, and the best field factor there. */
  postingPages: Int32Array[];
  postingFactors: Float32Array[];
  /**
   * For each ordered pair of words that stand next to each other (stop words skipped) in a page's
   * title, aliases, errors, summary or a step title: the pages where they do. Keyed by `pairOf`.
   */
  pagesByPair: Map<number, Int32Array>;
  /** fuse.js over the vocabulary words of one length (built lazily from the stored index). */
  typoFuse: (length: number) => { fuse: Fuse<string>; terms: readonly number[] } | undefined;
  /** Memo for run-together words and typos (bounded), keyed by the raw token. */
  resolved: Map<string, number[] | null>;
};

/** Mask terms are tokens.ts MASK_TERMS: `<guid>` and friends, and `number`. */
export function classifyTerm(term: string): TermClass {
  if (term.startsWith('<') || term === 'number') return TERM_CLASS.mask;
  if (stopWords.has(term)) return TERM_CLASS.stop;
  if (genericWords.has(term)) return TERM_CLASS.generic;
  return TERM_CLASS.normal;
}

/**
 * Weight of a term given its scaled IDF. Generic words still count a little (they order near-twins),
 * masks count little (every log has GUIDs), stop words not at all; only `normal` terms are distinctive.
 */
export function weighTerm(cls: TermClass, nidf: number): { weight: number; distinct: number } {
  switch (cls) {
    case TERM_CLASS.mask:
      return { weight: MASK_WEIGHT, distinct: 0 };
    case TERM_CLASS.stop:
      return { weight: 0, distinct: 0 };
    case TERM_CLASS.generic:
      return { weight: GENERIC_WEIGHT * nidf, distinct: 0 };
    default:
      return { weight: nidf, distinct: nidf };
  }
}


/** The key of an ordered pair of term ids in `Runtime.pagesByPair`. */
export const pairOf = (a: number, b: number, termCount: number): number => a * termCount + b;

/** Decodes a sorted, delta-encoded id list (see build-index.ts). */
export function decodeDeltas(encoded: readonly number[]): number[] {
  const out = new Array<number>(encoded.length);
  let acc = 0;
  for (let i = 0; i < encoded.length; i++) {
    acc += encoded[i] ?? 0;
    out[i] = acc;
  }
  return out;
}

const memo = new WeakMap<SearchIndex, Runtime>();

export function getRuntime(index: SearchIndex): Runtime {
  const cached = memo.get(index);
  if (cached) return cached;
  const runtime = deriveRuntime(index);
  memo.set(index, runtime);
  return runtime;
}

function deriveRuntime(index: SearchIndex): Runtime {
  const termCount = index.terms.length;
  const n = index.pages.length;
  const idfMax = Math.log((n + 1) / 0.5);
  const termId = new Map<string, number>();
  const termClass = new Uint8Array(termCount);
  const weight = new Float64Array(termCount);
  const distinct = new Float64Array(termCount);
  index.terms.forEach((term, id) => {
    termId.set(term, id);
    // IDF scaled to 0..1 by the IDF of a term no page contains, so weights mean the same at any size.
    const nidf = idfMax > 0 ? Math.log((n + 1) / ((index.df[id] ?? 0) + 0.5)) / idfMax : 1;
    const cls = classifyTerm(term);
    termClass[id] = cls;
    const w = weighTerm(cls, nidf);
    weight[id] = w.weight;
    distinct[id] = w.distinct;
  });

  const phrases: Phrase[] = [];
  const phraseLists: number[][] = Array.from({ length: termCount }, () => []);
  const addPhrase = (page: number, kind: PhraseKind, i: number, sequence: readonly number[], namedAt: readonly number[] = [], platformAt: readonly number[] = []): void => {
    const kept = sequence.flatMap((t, at) => (termClass[t] !== TERM_CLASS.stop ? [at] : []));
    const seq = Int32Array.from(kept.map((at) => sequence[at] ?? 0));
    const named = Uint8Array.from(kept.map((at) => (namedAt.includes(at) ? 1 : 0)));
    const platform = Uint8Array.from(kept.map((at) => (platformAt.includes(at) ? 1 : 0)));
    const terms = Int32Array.from(new Set(seq));
    if (terms.length === 0) return;
    let w = 0;
    for (const t of terms) {
      w += weight[t] ?? 0;
      phraseLists[t]?.push(phrases.length);
    }
    phrases.push({ page, kind, index: i, terms, seq, weight: w, named, platform });
  };

  const pairLists = new Map<number, number[]>();
  const postingPages: number[][] = Array.from({ length: termCount }, () => []);
  const postingFactors: number[][] = Array.from({ length: termCount }, () => []);
  // The product's own names ("Microsoft Entra", "Provisioning Agent") in a title or an alias name the
  // product, not the page: like an error's quoted name, they cannot be a page's evidence on their own.
  const productNames = (index.vocabulary?.ours ?? []).map((words) => words.map((w) => termId.get(w) ?? -1)).filter((ids) => ids.length > 0 && ids.every((id) => id >= 0));
  const productNameAt = (sequence: readonly number[]): number[] => {
    const at: number[] = [];
    for (let i = 0; i < sequence.length; i++) {
      for (const name of productNames) {
        if (name.every((id, k) => sequence[i + k] === id)) for (let k = 0; k < name.length; k++) at.push(i + k);
      }
    }
    return at;
  };
  index.pages.forEach((page, p) => {
    page.errorTerms.forEach((seq, i) => addPhrase(p, 'error', i, seq, page.errorNamed[i], page.errorPlatform[i]));
    addPhrase(p, 'title', 0, page.titleTerms, productNameAt(page.titleTerms));
    page.aliasTerms.forEach((seq, i) => addPhrase(p, 'alias', i, seq, productNameAt(seq)));

    const best = new Map<number, number>();
    const note = (ids: readonly number[], factor: number): void => {
      for (const t of ids) if ((best.get(t) ?? 0) < factor) best.set(t, factor);
    };
    note(page.titleTerms, FIELD_FACTOR.title);
    for (const seq of page.aliasTerms) note(seq, FIELD_FACTOR.alias);
    for (const seq of page.errorTerms) note(seq, FIELD_FACTOR.error);
    note(page.summaryTerms, FIELD_FACTOR.summary);
    for (const seq of page.stepTerms) note(seq, FIELD_FACTOR.step);
    note(decodeDeltas(page.bodyTerms), FIELD_FACTOR.body);
    for (const [t, factor] of best) {
      postingPages[t]?.push(p);
      postingFactors[t]?.push(factor);
    }

    const pairs = new Set<number>();
    for (const seq of [page.titleTerms, ...page.aliasTerms, ...page.errorTerms, page.summaryTerms, ...page.stepTerms]) {
      let previous = -1;
      for (const t of seq) {
        if (termClass[t] === TERM_CLASS.stop) continue;
        if (previous >= 0 && previous !== t) pairs.add(pairOf(previous, t, termCount));
        previous = t;
      }
    }
    for (const key of pairs) {
      const list = pairLists.get(key);
      if (list) list.push(p);
      else pairLists.set(key, [p]);
    }
  });
  const pagesByPair = new Map<number, Int32Array>();
  for (const [key, list] of pairLists) pagesByPair.set(key, Int32Array.from(list));

  const fuses = new Map<number, { fuse: Fuse<string>; terms: readonly number[] }>();
  const typoFuse = (length: number): { fuse: Fuse<string>; terms: readonly number[] } | undefined => {
    let entry = fuses.get(length);
    if (!entry) {
      const bucket = index.typo.find((b) => b.length === length);
      if (!bucket) return undefined;
      const words = bucket.terms.map((id) => index.terms[id] ?? '');
      // The stored index spares the browser from re-normalising the vocabulary.
      const stored = Fuse.parseIndex<string>(bucket.fuse as Parameters<typeof Fuse.parseIndex>[0]);
      entry = { fuse: new Fuse(words, TYPO_FUSE_OPTIONS, stored), terms: bucket.terms };
      fuses.set(length, entry);
    }
    return entry;
  };

  return {
    index,
    termId,
    termClass,
    weight,
    distinct,
    phrases,
    phrasesByTerm: phraseLists.map((l) => Int32Array.from(l)),
    postingPages: postingPages.map((l) => Int32Array.from(l)),
    postingFactors: postingFactors.map((l) => Float32Array.from(l)),
    pagesByPair,
    typoFuse,
    resolved: new Map(),
  };
}

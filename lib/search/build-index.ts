/**
 * Building the search index from validated content, once, at build time. The result is plain JSON:
 * the site writes it to a static file and the browser revives it with `parseSearchIndex`.
 */
import Fuse from 'fuse.js';
import { EMPTY_VOCABULARY, type Signal, type Symptom, type Vocabulary } from '../content/schema';
import { symptomUrl } from '../routes';
import { normaliseText } from './normalise';
import { applySynonyms, MASK_TERMS, numberWord, tokenise, type Token } from './tokens';
import { TYPO_MIN_LENGTH } from './tuning';
import type { IndexVocabulary, IndexedPage, SearchIndex, TypoBucket } from './types';
import { stopWords } from './vocabulary';

const plainTerms = (text: string, template = false): string[] =>
  tokenise(normaliseText(text, { template }))
    .filter((t) => !(t.wrapped && t.raw.length < 2))
    .map((t) => t.term);

/** The vocabulary file as terms (synonyms are read without synonyms, so no rule rewrites another). */
export function compileVocabulary(vocabulary: Vocabulary = EMPTY_VOCABULARY): IndexVocabulary {
  const synonyms = vocabulary.synonyms.flatMap((s) => {
    const to = plainTerms(s.means);
    return s.says.map((say) => ({ from: plainTerms(say), to })).filter((r) => r.from.length > 0 && r.from.join(' ') !== to.join(' '));
  });
  return {
    synonyms,
    connectorPrefixes: [...vocabulary.connectorPrefixes],
    ours: vocabulary.ours.map((w) => plainTerms(w)).filter((t) => t.length > 0),
    elsewhere: vocabulary.elsewhere.map((w) => plainTerms(w)).filter((t) => t.length > 0),
  };
}

/**
 * The terms of a text, in order, exactly as a paste of the same text would produce them; `template`
 * for an error template, whose `{slots}` read as the values they stand for.
 */
export function termsOf(text: string, vocabulary: IndexVocabulary = compileVocabulary(), template = false): string[] {
  return tokensOf(text, vocabulary, template).map((t) => t.term);
}

function tokensOf(text: string, vocabulary: IndexVocabulary, template = false): Token[] {
  const tokens = tokenise(normaliseText(text, { template, connectorPrefixes: vocabulary.connectorPrefixes }));
  // A lone letter kept for rejoining a wrapped word (tokens.ts) is not a term of the page.
  return applySynonyms(tokens, vocabulary.synonyms).filter((t) => !(t.wrapped && t.raw.length < 2));
}

/**
 * Positions (in the error's terms) of the words inside a quoted name with no slot: in "Service
 * 'Microsoft Entra Connect Provisioning Agent' failed to start" the quoted words name one service, and
 * the same sentence around another quoted name ('Datadog Agent') is another service's error.
 */
function namedPositionsOf(error: string, tokens: readonly Token[]): number[] {
  return positionsInside(tokens, [...error.matchAll(/(['"])([^'"{}\n]{2,120})\1/g)].map((m) => ({ start: (m.index ?? 0) + 1, end: (m.index ?? 0) + m[0].length - 1 })));
}

/** Positions of the tokens that lie wholly inside one of the spans of their text. */
function positionsInside(tokens: readonly Token[], spans: ReadonlyArray<{ start: number; end: number }>): number[] {
  if (spans.length === 0) return [];
  return tokens.flatMap((t, i) => (spans.some((s) => t.start >= s.start && t.end <= s.end) ? [i] : []));
}

/**
 * Positions in an error's tokens inside one of the platform's own sentences (vocabulary `platform`):
 * ".NET's "An error occurred while sending the request." ends many messages besides ours.
 */
function platformPositionsOf(error: string, tokens: readonly Token[], platform: readonly string[]): number[] {
  const lower = error.toLowerCase();
  const spans = platform.flatMap((sentence) => {
    const needle = sentence.toLowerCase();
    const out: Array<{ start: number; end: number }> = [];
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) out.push({ start: at, end: at + needle.length });
    return out;
  });
  return positionsInside(tokens, spans);
}

const fragmentsOf = (signal: Signal): string[] => [...signal.all, ...(signal.unless ?? [])];

/**
 * A signal fragment's words as written, '' where any form will do (a word a synonym put in): a signal
 * stands word for word, so "Stopped" must not be met by "-ErrorAction Stop", which has the same stem.
 */
const surfaceWordsOf = (text: string, tokens: readonly Token[]): string[] =>
  tokens.map((t) => (t.synonym ? '' : t.term === MASK_TERMS.number ? numberWord(text.slice(t.start, t.end)) : t.raw));

/** Sorted distinct ids as gaps ("3, 1, 40" for 3, 4, 44): small numbers compress far better. */
function encodeDeltas(ids: Iterable<number>): number[] {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  return sorted.map((id, i) => id - (i === 0 ? 0 : (sorted[i - 1] ?? 0)));
}

/** A typo can only be corrected towards a real word of some length; ids, masks and stop words are not. */
function isTypoTarget(term: string): boolean {
  return term.length >= TYPO_MIN_LENGTH - 2 && /^[a-z]+$/.test(term) && !stopWords.has(term);
}

export function buildSearchIndex(symptoms: readonly Symptom[], vocabularySource: Vocabulary = EMPTY_VOCABULARY): SearchIndex {
  const vocabulary = compileVocabulary(vocabularySource);
  const termsOf_ = (text: string): string[] => termsOf(text, vocabulary);
  type Fields = {
    title: string[];
    aliases: string[][];
    errors: string[][];
    summary: string[];
    steps: string[][];
    body: string[];
    signals: string[][][];
    /** Tokens of errors and signal fragments, kept for what is read beside their terms (quoted names, words as written). */
    errorTokens: Token[][];
    signalTokens: Token[][][];
  };
  const termsOfTokens = (tokens: readonly Token[]): string[] => tokens.map((t) => t.term);
  const fields: Fields[] = symptoms.map((s) => {
    const errorTokens = s.errors.map((e) => tokensOf(e, vocabulary, true));
    // A signal's fragments, then those that void it (`unless`), in one list: signalUnless says where the second part starts.
    const signalTokens = s.signals.map((sig) => fragmentsOf(sig).map((fragment) => tokensOf(fragment, vocabulary)));
    return {
      title: termsOf_(s.title),
      aliases: s.aliases.map(termsOf_),
      errors: errorTokens.map(termsOfTokens),
      summary: termsOf_(s.summary),
      steps: s.steps.map((step) => termsOf_(step.title)),
      // The body keeps the words as written too: "Azure" stays a word the knowledge base knows.
      body: [...termsOf_(s.bodyText), ...termsOf(s.bodyText, { ...vocabulary, synonyms: [] })],
      signals: signalTokens.map((fragments) => fragments.map(termsOfTokens)),
      errorTokens,
      signalTokens,
    };
  });

  const allTerms = new Set<string>();
  const pageTerms = fields.map((f) => {
    const all = new Set<string>([
      ...f.title,
      ...f.aliases.flat(),
      ...f.errors.flat(),
      ...f.summary,
      ...f.steps.flat(),
      ...f.body,
      ...f.signals.flat(2),
    ]);
    for (const t of all) allTerms.add(t);
    return all;
  });
  const terms = [...allTerms].sort();
  const id = new Map(terms.map((t, i) => [t, i]));
  const df = new Array<number>(terms.length).fill(0);
  for (const set of pageTerms) {
    for (const t of set) {
      const i = id.get(t) ?? 0;
      df[i] = (df[i] ?? 0) + 1;
    }
  }

  const ids = (seq: readonly string[]): number[] => seq.map((t) => id.get(t) ?? 0);
  const pages: IndexedPage[] = symptoms.map((s, i) => {
    const f = fields[i] as Fields;
    return {
      id: s.id,
      slug: s.slug,
      title: s.title,
      url: symptomUrl(s.slug),
      errors: [...s.errors],
      aliases: [...s.aliases],
      errorTerms: f.errors.map(ids),
      errorNamed: s.errors.map((e, k) => namedPositionsOf(e, f.errorTokens[k] ?? [])),
      errorPlatform: s.errors.map((e, k) => platformPositionsOf(e, f.errorTokens[k] ?? [], vocabularySource.platform)),
      titleTerms: ids(f.title),
      aliasTerms: f.aliases.map(ids),
      summaryTerms: ids(f.summary),
      stepTerms: f.steps.map(ids),
      bodyTerms: encodeDeltas(ids(f.body)),
      signals: s.signals.map((sig) => sig.means),
      signalTerms: f.signals.map((fragments) => fragments.map(ids)),
      signalWords: s.signals.map((sig, k) => fragmentsOf(sig).map((fragment, j) => surfaceWordsOf(fragment, f.signalTokens[k]?.[j] ?? []))),
      signalPastDate: s.signals.map((sig) => (sig.pastDate === undefined ? -1 : sig.all.indexOf(sig.pastDate))),
      signalSameLine: s.signals.map((sig) => (sig.sameLine ?? []).map((f) => sig.all.indexOf(f))),
      signalUnless: s.signals.map((sig) => (sig.unless ?? []).map((_, k) => sig.all.length + k)),
    };
  });

  const byLength = new Map<number, number[]>();
  terms.forEach((t, i) => {
    if (isTypoTarget(t)) byLength.set(t.length, [...(byLength.get(t.length) ?? []), i]);
  });
  const typo: TypoBucket[] = [...byLength.entries()]
    .sort(([a], [b]) => a - b)
    .map(([length, ids]) => {
      const fuse = Fuse.createIndex<string>([], ids.map((i) => terms[i] ?? '')).toJSON();
      return { length, terms: ids, fuse: { keys: [...fuse.keys], records: [...fuse.records] } };
    });

  return { version: 3, terms, df, pages, typo, vocabulary };
}

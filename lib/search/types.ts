/**
 * Public types of the search engine. The page, the CLI (`kb search --json`) and the benchmark all see
 * these; the CLI's JSON contract `{ verdict, results: [{ id, title, url, score, matched }] }` is a
 * subset of `SearchResponse`, so rename nothing here without changing that contract.
 */

/** `match`: one page clearly wins. `ambiguous`: several could (all returned). `none`: nothing is close. */
export type Verdict = 'match' | 'ambiguous' | 'none';

/** A span of the ORIGINAL user text (offsets into the input string, end exclusive) that matched. */
export type MatchedSpan = { text: string; start: number; end: number };

export type SearchHit = {
  id: string;
  title: string;
  url: string;
  /** 0..1; calibrated so that `match` needs a high score and a clear lead. */
  score: number;
  matched: MatchedSpan[];
  /** The declared error string of the page that matched, when the hit came from an error. */
  error?: string;
  /** Position of `error` in the page's declared errors (0-based), so the page can highlight it. */
  errorIndex?: number;
  /** Short human "why it matched". */
  reason: string;
  /** 1-based line of the paste the hit came from, for multi-line pastes. */
  line?: number;
};

export type ExtractedKind =
  | 'connector'
  | 'host'
  | 'guid'
  | 'dn'
  | 'upn'
  | 'email'
  | 'path'
  | 'url'
  | 'timestamp'
  | 'number';

export type Extracted = { kind: ExtractedKind; value: string };

/** One distinct known error found in a multi-line paste. */
export type LogFinding = { line: number; text: string; id: string; title: string; url: string; error: string };

export type SearchResponse = {
  verdict: Verdict;
  results: SearchHit[];
  extracted: Extracted[];
  findings: LogFinding[];
  /** Present (true) when the paste was longer than the engine reads; only its beginning was searched. */
  truncated?: true;
};

export type MatchOptions = {
  limit?: number;
  /** What "today" is for signals that need a past date (ms since the epoch); the clock by default. */
  now?: number;
};

/**
 * The serialised index: plain JSON, written once at build time and fetched by the browser.
 * Term lists are ids into `terms`; the long per-page lists are sorted and delta-encoded to keep the
 * file small (see build-index.ts). Everything the matcher needs beyond this is derived on first use
 * (runtime.ts), so the file never carries what can be recomputed cheaply.
 */
export type SearchIndex = {
  /** 3: error templates with typed slots, signals, and the knowledge base's vocabulary. */
  version: 3;
  /** Vocabulary of normalised, stemmed terms, sorted so prefix look-ups can binary-search it. */
  terms: string[];
  /** For each term, how many pages contain it anywhere (the basis of IDF). */
  df: number[];
  pages: IndexedPage[];
  /**
   * fuse.js indexes (`FuseIndex#toJSON`) of the vocabulary, one per word length, used to correct typos
   * in short queries. A typo changes a word's length by at most two, so a query word only searches
   * the buckets near its own length instead of the whole vocabulary.
   */
  typo: TypoBucket[];
  vocabulary: IndexVocabulary;
};

/** content/search/vocabulary.yaml, as terms: what a paste's words are read as before matching. */
export type IndexVocabulary = {
  synonyms: Array<{ from: string[]; to: string[] }>;
  connectorPrefixes: string[];
  /** Term sequences that place a paste in this product, and in another one. */
  ours: string[][];
  elsewhere: string[][];
};

export type TypoBucket = { length: number; terms: number[]; fuse: { keys: unknown[]; records: unknown[] } };

export type IndexedPage = {
  id: string;
  slug: string;
  title: string;
  url: string;
  /** Declared error strings, verbatim, for display. */
  errors: string[];
  aliases: string[];
  /** Term-id sequences, one per declared error, in order. */
  errorTerms: number[][];
  /** Per declared error, the positions in `errorTerms` of the words inside a quoted name (no slot). */
  errorNamed: number[][];
  /** Per declared error, the positions in `errorTerms` of the words inside one of the platform's own sentences. */
  errorPlatform: number[][];
  titleTerms: number[];
  aliasTerms: number[][];
  /** Term ids of the summary in reading order: which words stand next to which is evidence too. */
  summaryTerms: number[];
  /** Term ids of each step title, in reading order. */
  stepTerms: number[][];
  /** Distinct term ids of the body, sorted, delta-encoded (the longest list by far). */
  bodyTerms: number[];
  /** Declared signals: what each means, and the term-id sequences of its fragments. */
  signals: string[];
  signalTerms: number[][][];
  /** The fragments' words as written, parallel to `signalTerms` ('' where a synonym put the word in). */
  signalWords: string[][][];
  /** Per signal, the fragment that a past date must follow on its line, or -1. */
  signalPastDate: number[];
  /** Per signal, the fragments (positions in `signalTerms`) that must share one line; empty for none. */
  signalSameLine: number[][];
  /** Per signal, the positions in `signalTerms` of the fragments that void it (after those that make it). */
  signalUnless: number[][];
};

/**
 * Turning normalised text into terms. Identifiers are split where a human would read a word boundary
 * (CamelCase, digits, dots, underscores), so `CredentialValidationUnavailable` meets
 * `SystemForCrossDomainIdentityManagementCredentialValidationUnavailable` term by term.
 */
import { MASK, type MappedText, type MaskKind } from './normalise';
import { stemWord } from './vocabulary';

export type Token = {
  /** The stemmed, lower-case term, or a mask term such as `<guid>`; digits are always `number`. */
  term: string;
  /** Lower-case surface form before stemming (used to split run-together words). */
  raw: string;
  /** Offsets into the ORIGINAL text. */
  start: number;
  end: number;
  mask?: MaskKind;
  /**
   * The token starts a line right where a word of the line before stopped ("…CredentialValid" /
   * "ationUnavailable"): a hard wrap may have cut one word in two, which resolve.ts tries to rejoin.
   */
  wrapped?: true;
  /** Which run of letters and digits the token came from: the parts of one identifier share it. */
  run: number;
  /** Put in by a synonym rule (a former product name read as today's): its `raw` is the term, not the paste's word. */
  synonym?: true;
};

/**
 * A paste's terms as one string (" a b c "), so a run of terms is found with one indexOf, with where
 * each token's term starts in it. Built once per query; signals and the product-name lists read it.
 */
export type TermText = { text: string; starts: Int32Array };

export function termTextOf(tokens: readonly Token[]): TermText {
  const starts = new Int32Array(tokens.length);
  let at = 1;
  tokens.forEach((t, i) => {
    starts[i] = at;
    at += t.term.length + 1;
  });
  return { text: ` ${tokens.map((t) => t.term).join(' ')} `, starts };
}

/** The token whose term starts at `offset` of the term text (binary search over the start offsets). */
export function tokenAtOffset(terms: TermText, offset: number): number {
  let lo = 0;
  let hi = terms.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((terms.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A number is masked in terms and in `raw` alike; a signal's number ("RemotePort : 8585") keeps its digits as this word. */
export const numberWord = (digits: string): string => `#${digits}`;

/** Mask terms cannot collide with words (they contain angle brackets), except `number`, on purpose. */
export const MASK_TERMS: Readonly<Record<MaskKind, string>> = {
  guid: '<guid>',
  url: '<url>',
  host: '<host>',
  email: '<email>',
  dn: '<dn>',
  number: 'number',
  connector: '<connector>',
};

const MASK_BY_CHAR = new Map<string, MaskKind>(
  (Object.keys(MASK) as MaskKind[]).map((kind) => [MASK[kind], kind]),
);

const RUN = /[\p{L}\p{N}\p{M}]+|[\uE000-\uE006]/gu;
/** ECMA|Host, Generic|Sql, Win|32|Exception, object|Class; other scripts stay whole. */
const PART = /\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}[\p{Ll}\p{M}]*|\p{Lu}+\p{M}*|\p{N}+|[^\p{Lu}\p{Ll}\p{N}]+/gu;
const LOWER_WORD = /^[a-z]+$/;
const KANA_OR_HAN = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u;
/** A run of Han, or of katakana (with its long-vowel mark), is a word (group 1); hiragana and the rest are not. */
const JAPANESE_PART = /(\p{Script=Han}+|[\p{Script=Katakana}\u30FC]+)|\p{Script=Hiragana}+|[^\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\u30FC]+/gu;
const ASCII_ALNUM = /[A-Za-z0-9]/;
/** A word with no ASCII letter or digit is in a script this knowledge base is not written in. */
export const inAnotherScript = (word: string): boolean => !ASCII_ALNUM.test(word);
/** Longer than any real word: base64 blobs, hashes and binary junk. */
const MAX_TERM_LENGTH = 80;

/** Logs repeat the same words endlessly; stemming each surface form once saves most of the work. */
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

function stemCached(raw: string): string {
  // Only ASCII words are stemmed (stemWord's rules are English); other scripts pass through unchanged.
  const last = raw.charCodeAt(raw.length - 1);
  if (raw.length < 4 || last < 0x61 || last > 0x7a) return raw;
  let stem = stemCache.get(raw);
  if (stem === undefined) {
    stem = stemWord(raw);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(raw, stem);
  }
  return stem;
}

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

const LETTER = /\p{L}/u;
/** What may stand between the two halves of a word cut by a hard wrap: a line break and indentation. */
const WRAP_GAP = /^[ \t]{0,16}\n[ \t]{0,16}$/;

/** Whether the run at `at` continues, on a new line, a word that the run ending at `previousEnd` began. */
function continuesWord(text: string, previousEnd: number, at: number, newline: number): boolean {
  if (previousEnd <= 0 || at - previousEnd > 34) return false;
  // Most gaps hold no line break, so no wrap (and no slice or regex for them). `newline` is the first
  // "\n" at or after previousEnd, tracked by the caller so a megabyte line is scanned once.
  if (newline === -1 || newline >= at) return false;
  if (!LETTER.test(text[previousEnd - 1] ?? '') || !LETTER.test(text[at] ?? '')) return false;
  return WRAP_GAP.test(text.slice(previousEnd, at));
}

export function tokenise(m: MappedText): Token[] {
  const tokens: Token[] = [];
  const { text, from, to } = m;
  let previousEnd = -1;
  let runIndex = -1;
  // A single letter that ended the previous run ("…exception: V" / "alidByLdapStyle"): dropped as a
  // word, but kept if the next line continues it, so the wrap can be rejoined (resolve.ts).
  // (Plain numbers rather than an object: a megabyte of single letters must not allocate per letter.)
  let letterAt = -1;
  let newline = text.indexOf('\n');
  let letterRun = -1;
  for (const run of text.matchAll(RUN)) {
    runIndex++;
    const runText = run[0];
    const at = run.index;
    if (newline !== -1 && newline < previousEnd) newline = text.indexOf('\n', previousEnd);
    const wrapped = continuesWord(text, previousEnd, at, newline);
    previousEnd = at + runText.length;
    if (wrapped && letterAt >= 0) {
      const raw = (text[letterAt] ?? '').toLowerCase();
      tokens.push({ term: raw, raw, start: from[letterAt] ?? 0, end: to[letterAt] ?? 0, run: letterRun });
    }
    letterAt = -1;
    const mask = MASK_BY_CHAR.get(runText);
    if (mask !== undefined) {
      tokens.push({ term: MASK_TERMS[mask], raw: MASK_TERMS[mask], start: from[at] ?? 0, end: to[at] ?? 0, mask, run: runIndex });
      continue;
    }
    if (LOWER_WORD.test(runText)) {
      // The common case needs no splitting: one lower-case ASCII word. A single letter is kept only
      // where it may be the end of a word cut by a wrap ("invali" / "d").
      if (runText.length === 1 && !wrapped) {
        letterAt = at;
        letterRun = runIndex;
      }
      if ((runText.length >= 2 || wrapped) && runText.length <= MAX_TERM_LENGTH) {
        const token: Token = { term: stemCached(runText), raw: runText, start: from[at] ?? 0, end: to[at + runText.length - 1] ?? 0, run: runIndex };
        if (wrapped) token.wrapped = true;
        tokens.push(token);
      }
      continue;
    }
    // A run with no ASCII letter or digit (another script, binary junk) cannot hold a word of this
    // knowledge base: it stays one unknown word, without the cost of splitting it.
    if (inAnotherScript(runText)) {
      // Japanese writes words without spaces; where the script changes is where a word ends often
      // enough for the vocabulary's synonyms ("サービス", "証明書") to find them. Kana between them are
      // mostly grammar (particles, endings) and are left out.
      if (KANA_OR_HAN.test(runText)) {
        for (const part of runText.matchAll(JAPANESE_PART)) {
          if (part[1] === undefined || part[0].length > MAX_TERM_LENGTH) continue;
          const first = at + part.index;
          tokens.push({ term: part[0], raw: part[0], start: from[first] ?? 0, end: to[first + part[0].length - 1] ?? 0, run: runIndex });
        }
        continue;
      }
      if (runText.length >= 2 && runText.length <= MAX_TERM_LENGTH) {
        const raw = runText.toLowerCase();
        tokens.push({ term: raw, raw, start: from[at] ?? 0, end: to[at + runText.length - 1] ?? 0, run: runIndex });
      }
      continue;
    }
    for (const part of runText.matchAll(PART)) {
      const piece = part[0];
      if (piece.length > MAX_TERM_LENGTH) continue;
      const raw = piece.toLowerCase();
      // PART yields digit runs whole, so the first character tells (other scripts' digits included).
      const isNumber = isDigit(piece.charCodeAt(0)) || /^\p{N}/u.test(piece);
      // Digits inside a name ("ECMA2Host", "Win32Exception") are part of the name, not a quantity: the
      // name reads as its words, so "ECMA2Host" and "ECMA host" meet.
      if (isNumber && part.index > 0 && LETTER.test(runText[part.index - 1] ?? '') && LETTER.test(runText[part.index + piece.length] ?? '')) continue;
      const continues = wrapped && part.index === 0 && !isNumber;
      // A letter that starts a run of digits is a name of its own ("x509", "v2"): kept whole, it
      // says the paste is about something this base may not know, where "number" alone says nothing.
      const tail = !isNumber && piece.length === 1 && /^\d{1,8}$/.exec(runText.slice(part.index + 1));
      if (tail && !continues) {
        const first = at + part.index;
        const last = first + runText.length - part.index - 1;
        tokens.push({ term: (raw + tail[0]).toLowerCase(), raw: (raw + tail[0]).toLowerCase(), start: from[first] ?? 0, end: to[last] ?? 0, run: runIndex });
        break;
      }
      // Single letters carry nothing ("object's" leaves an "s"); digits still count as a number.
      if (!isNumber && piece.length < 2 && !continues) {
        if (part.index + piece.length === runText.length) {
          letterAt = at + part.index;
          letterRun = runIndex;
        }
        continue;
      }
      const first = at + part.index;
      const last = first + piece.length - 1;
      const token: Token = { term: isNumber ? 'number' : stemCached(raw), raw, start: from[first] ?? 0, end: to[last] ?? 0, run: runIndex };
      if (continues) token.wrapped = true;
      tokens.push(token);
    }
  }
  return tokens;
}

/** A rule's words stand in one paragraph: "…ECMA2Host" + a blank line + "SERVICE_NAME" is not "ECMA Host service". */
const PARAGRAPH_BREAK = /\n[ \t\r]*\n/;

/** Another way to say something: `from` terms read as `to` terms (content/search/vocabulary.yaml). */
export type SynonymRule = { from: readonly string[]; to: readonly string[] };

/**
 * Rewrites former names and synonyms to the words the pages use ("Azure AD Connect Provisioning
 * Agent" reads as "Microsoft Entra Connect Provisioning Agent"), longest rule first. Pages and pastes
 * both go through it, so a page is found under any of its product's names. The new tokens cover the
 * original words they replace, so highlights still point into the user's text.
 */
export function applySynonyms(tokens: Token[], rules: readonly SynonymRule[], text?: string): Token[] {
  if (rules.length === 0) return tokens;
  const byFirst = new Map<string, SynonymRule[]>();
  for (const r of rules) {
    const first = r.from[0];
    if (first === undefined) continue;
    byFirst.set(first, [...(byFirst.get(first) ?? []), r].sort((a, b) => b.from.length - a.from.length));
  }
  let changed = false;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const candidates = byFirst.get(token.term);
    const rule = candidates?.find((r) => r.from.every((t, k) => tokens[i + k]?.term === t && (k === 0 || text === undefined || !PARAGRAPH_BREAK.test(text.slice(tokens[i + k - 1]?.end ?? 0, tokens[i + k]?.start ?? 0)))));
    if (!rule) {
      out.push(token);
      continue;
    }
    changed = true;
    const last = tokens[i + rule.from.length - 1] ?? token;
    for (const term of rule.to) out.push({ term, raw: term, start: token.start, end: last.end, run: token.run, synonym: true });
    i += rule.from.length - 1;
  }
  return changed ? out : tokens;
}

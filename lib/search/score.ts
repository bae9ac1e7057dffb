/**
 * Scoring pages against a resolved paste. Two kinds of evidence, each calibrated to 0..1:
 *
 * - phrase evidence: how much of a declared error (or a title, or an alias) the paste covers,
 *   weighted by rarity. A phrase word only counts when the paste has it IN CONTEXT, next to one of
 *   its neighbours in the phrase (stop words skipped): "userPassword … Validate" scattered over an
 *   unrelated error is not that error. Three readings, the best wins: the paste IS the phrase
 *   (weighted overlap over union), the paste is a PART of it (half an error still lands, more surely
 *   the rarer or longer the part), or the phrase is CONTAINED in a longer paste (an error inside a
 *   stack trace). A phrase never scores above what the specificity of the shared words allows, so
 *   even an exact paste of a generic error ("The system cannot find the file specified.") stays short
 *   of a confident match; and an error the paste CONTRADICTS ("GenericLdap.dll" where it says
 *   "GenericSql.dll") can be offered but never matched.
 * - text evidence: how much of the query the page explains, field by field (title > summary > body).
 */
import type { ResolvedQuery } from './resolve';
import { TERM_CLASS, pairOf, type Runtime } from './runtime';
import { MATCH_EVIDENCE } from './tuning';
import { CANDIDATE_MIN, NAME_SLACK, ALWAYS_NOMINATE, CARRIED_SCORE, COMMON_SHARE, CONTAINED_CEILING, CONTAINED_EVIDENCE, CONTRADICTED_CEILING, CONTRADICTION_CHECK_MIN, CONTRADICTION_FACTOR, CONTRADICTION_MIN, CONTRADICTION_REACH, CONTRADICTION_WORD_FLOOR, DESCRIPTION_REACH, EXPLAINED_WORD_COST, EXTRA_WORD_COST, FIELD_FACTOR, KIND_FACTOR, MIN_COMMON_LIST, ORDER_WEIGHT, PART_CEILING, PART_EVIDENCE, PART_WORDS, PROXIMITY_WEIGHT, SPECIFICITY_FLOOR, TEXT_CEILING, TEXT_EVIDENCE, TEXT_GENERIC_FLOOR, TIE_BREAK } from './tuning';

export type PageScore = {
  page: number;
  score: number;
  /** The phrase that decided, or -1 when the text evidence did. */
  phrase: number;
  phraseScore: number;
  /** Weighted share of the deciding phrase that the paste covers. */
  coverage: number;
  textScore: number;
  /** Distinctive weight behind the deciding evidence; generic words contribute nothing here. */
  evidence: number;
  /** A declared error of this page that the paste contradicts (see `contradicts`), when one does. */
  contradicted?: number;
  /** The page's best error reading is contradicted: no other reading of the paste may vouch for it. */
  isContradicted?: true;
  /** The best score of a declared error of the page that nothing contradicts and that has its quoted name, whatever decided `score`. */
  errorScore?: number;
  /** The deciding reading is of an error without any word of its quoted name: generic words, unless the paste is about this product. */
  nameless?: true;
};


/** A reading that the paste contradicts: it may still be the closest thing, never a confident match. */
export const asContradicted = <T extends PageScore>(s: T): T => ({ ...s, score: Math.min(s.score, CONTRADICTED_CEILING), isContradicted: true });

type PhraseMatch = {
  /** Weight of the phrase's distinct terms. */
  phraseWeight: number;
  /** What the paste covers of it, in context. */
  matchedWeight: number;
  matchedDistinct: number;
  matchedTerms: number;
  queryWeight: number;
  /** Weight and distinctiveness of the paste's other words that the same page explains elsewhere. */
  explainedElsewhere?: number;
  distinctElsewhere?: number;
  /** The reading is one line of a longer paste, which a phrase carrying its words does not make evidence. */
  segment?: boolean;
};

type PhraseScore = { score: number; coverage: number; evidence: number };

function scorePhrase(m: PhraseMatch): PhraseScore {
  const coverage = m.phraseWeight > 0 ? Math.min(1, m.matchedWeight / m.phraseWeight) : 0;
  const extra = Math.max(0, m.queryWeight - m.matchedWeight);
  const explained = Math.min(extra, Math.max(0, m.explainedElsewhere ?? 0));
  const precision = m.queryWeight > 0 ? Math.min(1, (m.matchedWeight + explained) / m.queryWeight) : 0;
  const overlap = m.matchedWeight / (m.phraseWeight + EXTRA_WORD_COST * (extra - explained) + EXPLAINED_WORD_COST * explained);
  const partStrength = Math.max(m.matchedDistinct / PART_EVIDENCE, (m.matchedTerms - 1) / (PART_WORDS - 1));
  const part = PART_CEILING * precision * Math.min(1, partStrength);
  const contained = CONTAINED_CEILING * coverage * coverage * Math.min(1, m.matchedDistinct / CONTAINED_EVIDENCE);
  // How specific is what the paste and the page share: the matched words, plus what else of the paste
  // the page explains (the page as a whole, not the phrase alone, is then what the paste describes).
  const specificity = m.matchedDistinct + Math.max(0, m.distinctElsewhere ?? 0);
  const ceiling = Math.min(1, SPECIFICITY_FLOOR + specificity / 2);
  // A short paste whose every word the phrase carries, in context ("Access is denied"): the page is
  // one of those to offer, however generic the words; the evidence (zero) keeps it from a match.
  // (Not one line of a longer paste: a stack frame's "GetResponse" is carried by "Operation: GET Response…".)
  const carried = !m.segment && precision >= 1 && m.matchedTerms >= 2 ? CARRIED_SCORE : 0;
  const raw = Math.max(overlap, part, contained, carried);
  // Under the ceiling, the better reading must still rank higher: near-twins capped alike would tie.
  // A paste (or a log line) that is exactly a declared error carries the author's word that it is
  // that error; its ceiling above still keeps a generic one ("The system cannot find the file
  // specified.") short of a match.
  const exact = coverage >= 1 && precision >= 1;
  return { score: Math.min(ceiling, raw) * (1 - TIE_BREAK * (1 - raw)), coverage, evidence: exact ? Math.max(m.matchedDistinct, MATCH_EVIDENCE) : m.matchedDistinct };
}

/** Scratch buffers reused across calls; JavaScript is single-threaded, so sharing is safe. */
type Scratch = {
  /** Weight and distinctiveness of each query term, by term id (zero when not in the query). */
  qw: Float64Array;
  qd: Float64Array;
  /** Generation stamps: "term already counted for this phrase" without allocating a set. */
  counted: Uint32Array;
  /** Generation stamps: "term belongs to this phrase". */
  inPhrase: Uint32Array;
  generation: number;
  seenPhrase: Uint8Array;
  tw: Float64Array;
  td: Float64Array;
  /** Weight of the query's neighbouring pairs that are neighbours on each page. */
  pw: Float64Array;
  seenPage: Uint8Array;
};
const scratch = new WeakMap<Runtime, Scratch>();

function buffers(rt: Runtime): Scratch {
  let b = scratch.get(rt);
  if (!b) {
    const terms = rt.index.terms.length;
    const pages = rt.index.pages.length;
    b = {
      qw: new Float64Array(terms),
      qd: new Float64Array(terms),
      counted: new Uint32Array(terms),
      inPhrase: new Uint32Array(terms),
      generation: 0,
      seenPhrase: new Uint8Array(rt.phrases.length),
      tw: new Float64Array(pages),
      td: new Float64Array(pages),
      pw: new Float64Array(pages),
      seenPage: new Uint8Array(pages),
    };
    scratch.set(rt, b);
  }
  return b;
}

/**
 * Whether the paste has the error's frame around another quoted name: "Service 'Datadog Agent' failed
 * to start" against "Service 'Microsoft Entra Connect Provisioning Agent' failed to start". The words
 * of a quoted name are common in a knowledge base about that product, so the gap rules below would
 * read them as ordinary; here a name that is not all there, with the paste's own words between the
 * words that stand around it in the error, is another name.
 */
function quotesAnotherName(
  b: Scratch,
  query: ResolvedQuery,
  firstPosition: ReadonlyMap<number, number>,
  seq: Int32Array,
  named: Uint8Array,
  generation: number,
  queryGap: (first: number, last: number, anchor: number) => number,
): boolean {
  const start = named.indexOf(1);
  if (start < 0) return false;
  let end = start;
  while (named[end + 1] === 1) end++;
  let missing = false;
  for (let i = start; i <= end; i++) if (b.counted[seq[i] ?? 0] !== generation) missing = true;
  if (!missing) return false;
  const before = firstPosition.get(seq[start - 1] ?? -1);
  const after = firstPosition.get(seq[end + 1] ?? -1);
  if (before === undefined || after === undefined || after <= before + 1 || after - before > end - start + NAME_SLACK) return false;
  // A quoted name stands on one line; words around it on two lines are two messages.
  if (query.sequenceLine && query.sequenceLine[before] !== query.sequenceLine[after]) return false;
  return queryGap(before + 1, after - 1, before + 1) >= CONTRADICTION_MIN;
}

/**
 * Whether the paste puts a distinctive word of its own where the phrase has one the paste lacks, on
 * the same side of the stretch the two share (within two words of it) or inside it: "…Contoso.Hr.
 * Connector.dll' or one of its dependencies" against "…GenericSql.dll' or one of its dependencies",
 * or "…IdentityManagementServiceIncompatible" against "…IdentityManagementCredentialValidation…". A
 * word the paste merely adds at the other end ("objectClass … invalid per syntax on ldap export") is
 * context, not a contradiction.
 */
function contradicts(
  rt: Runtime,
  b: Scratch,
  query: ResolvedQuery,
  firstPosition: ReadonlyMap<number, number>,
  seq: Int32Array,
  named: Uint8Array,
  firstMatched: number,
  lastMatched: number,
  generation: number,
  description: boolean,
  wholeLine: boolean,
): boolean {
  // A word of the domain is rare in no page of a knowledge base about that domain, yet "ECMA2Host" in
  // place of "Provisioning Agent" is still another service: ordinary words count at least a little.
  const gapOf = (t: number, distinct: number): number => Math.max(distinct, rt.termClass[t] === TERM_CLASS.normal ? CONTRADICTION_WORD_FLOOR : 0);
  const phraseGap = (from: number, to: number): number => {
    let gap = 0;
    for (let i = Math.max(0, from); i <= Math.min(seq.length - 1, to); i++) {
      const t = seq[i] ?? 0;
      // (A quoted name with other words in it is quotesAnotherName's to judge, not a gap's.)
      if (b.counted[t] !== generation) gap += gapOf(t, rt.distinct[t] ?? 0);
    }
    return gap;
  };
  let from = Number.POSITIVE_INFINITY;
  let to = -1;
  for (let i = firstMatched; i <= lastMatched; i++) {
    const t = seq[i] ?? 0;
    if (b.counted[t] !== generation) continue;
    const at = firstPosition.get(t);
    if (at === undefined) continue;
    from = Math.min(from, at);
    to = Math.max(to, at);
  }
  if (to < 0) return false;
  // Against a description, only the rest of the same identifier counts ("…ManagementServiceIncompatible"
  // beside "…Management…"): a separate word beside a description is a synonym or context.
  // The same identifier running on differently ("…IdentityManagementBadResponse") contradicts on its
  // own, however ordinary its words: an error code is one name, not a sentence.
  const queryGap = (first: number, last: number, anchor: number): number => {
    const run = query.sequenceRun[anchor];
    let gap = 0;
    for (let i = Math.max(0, first); i <= Math.min(query.sequence.length - 1, last); i++) {
      const t = query.sequence[i] ?? -1;
      const sameName = query.sequenceRun[i] === run;
      if (description && !sameName) continue;
      // (A word the phrase has elsewhere is order, not difference: "AADCloudSyncToolsLogs" against
      // "AADCloudSyncTools export logs".)
      if (t >= 0 && (b.counted[t] === generation || (sameName && b.inPhrase[t] === generation))) continue;
      const distinct = query.sequenceDistinct[i] ?? 0;
      gap += sameName ? CONTRADICTION_MIN : t < 0 ? distinct : gapOf(t, distinct);
    }
    return gap;
  };
  if (!description && quotesAnotherName(b, query, firstPosition, seq, named, generation, queryGap)) return true;
  const w = CONTRADICTION_REACH;
  if (phraseGap(firstMatched - w, firstMatched - 1) >= CONTRADICTION_MIN && queryGap(from - w, from - 1, from) >= CONTRADICTION_MIN) return true;
  if (phraseGap(lastMatched + 1, lastMatched + w) >= CONTRADICTION_MIN && queryGap(to + 1, to + w, to) >= CONTRADICTION_MIN) return true;
  if (description) return false;
  // In the whole paste, the stretch the two share may run over several lines of a log ("Access is
  // denied." on one, "…GenericSql.dll" three lines down); the lines between are other messages, not
  // words of this one put in its place. A quoted name, too, stands on one line (quotesAnotherName).
  const line = query.sequenceLine;
  if ((!line || line[from] === line[to]) && phraseGap(firstMatched, lastMatched) >= CONTRADICTION_MIN && queryGap(from, to, from) >= CONTRADICTION_MIN) return true;
  // A log line is a whole message: one that shares only part of an error and has words of its own
  // right beside it, whichever side each is on, is some other message ("Source=…GenericSql").
  return wholeLine && phraseGap(firstMatched - 1, lastMatched + 1) >= CONTRADICTION_MIN && queryGap(from - 1, to + 1, from) >= CONTRADICTION_MIN;
}

/** Unordered pair key: descriptions reorder words ("certificate invalid" for "invalid certificate"). */
const pairKey = (a: number, b: number, termCount: number): number => (a < b ? a * termCount + b : b * termCount + a);

/**
 * A description's distinctive words (a title's, an alias's) need only stand a few words apart on a line
 * of the paste: admins reorder them ("the cert on the ECMA host expired"), and other languages put them
 * in another order ("El certificado del host ECMA ha caducado"). Generic words ("logs", "service") still
 * need a neighbour, and an error's words stand side by side. `adjacent` holds the side-by-side pairs.
 */
function descriptionPairs(rt: Runtime, query: ResolvedQuery, adjacent: ReadonlySet<number>): Set<number> {
  const termCount = rt.index.terms.length;
  const out = new Set<number>(adjacent);
  const line = query.sequenceLine;
  for (let d = 2; d <= DESCRIPTION_REACH; d++) {
    for (let i = d; i < query.sequence.length; i++) {
      const a = query.sequence[i - d] ?? -1;
      const c = query.sequence[i] ?? -1;
      if (a < 0 || c < 0 || a === c || (rt.distinct[a] ?? 0) === 0 || (rt.distinct[c] ?? 0) === 0) continue;
      if (line && line[i - d] !== line[i]) continue;
      out.add(pairKey(a, c, termCount));
    }
  }
  return out;
}

export type ScoreOptions = {
  /** Log lines: only declared errors count as findings, never titles or page text. */
  errorsOnly?: boolean;
};

/** Scores every page the query touches; best first. */
export function scorePages(rt: Runtime, query: ResolvedQuery, options: ScoreOptions = {}): PageScore[] {
  let queryWeight = 0;
  for (const q of query.terms) queryWeight += q.weight;
  if (queryWeight <= 0) return [];
  const termCount = rt.index.terms.length;
  const b = buffers(rt);
  const known = query.terms.filter((q) => q.id >= 0 && q.weight > 0);
  for (const q of known) {
    b.qw[q.id] = q.weight;
    b.qd[q.id] = q.distinct;
  }
  const firstPosition = new Map<number, number>();
  query.sequence.forEach((t, i) => {
    if (t >= 0 && !firstPosition.has(t)) firstPosition.set(t, i);
  });
  const pairs = new Set<number>();
  const orderedPairs = new Set<number>();
  for (let i = 1; i < query.sequence.length; i++) {
    const a = query.sequence[i - 1] ?? -1;
    const c = query.sequence[i] ?? -1;
    if (a < 0 || c < 0 || a === c) continue;
    pairs.add(pairKey(a, c, termCount));
    orderedPairs.add(a * termCount + c);
  }
  // (A log line's reading looks for declared errors only, which never use the wider pairs.)
  const nearPairs = options.errorsOnly === true ? pairs : descriptionPairs(rt, query, pairs);

  // Candidate phrases come from the query's rarer terms: at thousands of pages, "error" sits in
  // thousands of phrases, and walking those lists for every log line is what would cost. The rarest
  // few terms always nominate, so a phrase made only of common words is still reachable.
  const touchedPhrases: number[] = [];
  const commonCap = Math.max(MIN_COMMON_LIST, rt.phrases.length / COMMON_SHARE);
  const errorsOnly = options.errorsOnly === true;
  const byRarity = [...known].sort((x, y) => (rt.phrasesByTerm[x.id]?.length ?? 0) - (rt.phrasesByTerm[y.id]?.length ?? 0));
  byRarity.forEach((q, rank) => {
    const list = rt.phrasesByTerm[q.id] ?? [];
    if (list.length > commonCap && rank >= ALWAYS_NOMINATE) return;
    for (const p of list) {
      // A log line's reading looks for declared errors only: titles and aliases are not nominated.
      if (errorsOnly && rt.phrases[p]?.kind !== 'error') continue;
      if (b.seenPhrase[p] === 0) {
        b.seenPhrase[p] = 1;
        touchedPhrases.push(p);
      }
    }
  });

  // Text sums: every page containing a query term, weighted by the field it is in.
  const touchedPages: number[] = [];
  if (!errorsOnly) {
    for (const q of known) {
      const pages = rt.postingPages[q.id];
      const factors = rt.postingFactors[q.id];
      if (!pages || !factors) continue;
      for (let k = 0; k < pages.length; k++) {
        const page = pages[k] ?? 0;
        const f = factors[k] ?? 0;
        if (b.seenPage[page] === 0) {
          b.seenPage[page] = 1;
          touchedPages.push(page);
        }
        b.tw[page] = (b.tw[page] ?? 0) + q.weight * f;
        b.td[page] = (b.td[page] ?? 0) + q.distinct * f;
      }
    }
  }

  const byPage = new Map<number, PageScore>();
  const entry = (page: number): PageScore => {
    let s = byPage.get(page);
    if (!s) {
      s = { page, score: 0, phrase: -1, phraseScore: 0, coverage: 0, textScore: 0, evidence: 0 };
      byPage.set(page, s);
    }
    return s;
  };

  // Best declared-error score per page with and without a contradiction: when the best error reading of
  // a page is contradicted, the page's own words cannot vouch for it either (see the text evidence
  // below), nor can its descriptions, which repeat the error's words.
  const contradicted = new Map<number, number>();
  const uncontradicted = new Map<number, number>();
  // The same, only for readings that have the error's quoted name (or whose error has none).
  const named = new Map<number, number>();
  // Phrases first, while the text sums are still in the buffers (they tell what else a page explains).
  for (const p of touchedPhrases) {
    b.seenPhrase[p] = 0;
    const phrase = rt.phrases[p];
    // (A log line's reading nominated declared errors only, above.)
    if (!phrase) continue;
    const generation = ++b.generation;
    const seq = phrase.seq;
    let w = 0;
    let d = 0;
    let n = 0;
    let adjacent = 0;
    let inOrder = 0;
    let firstMatched = -1;
    let lastMatched = -1;
    let unnamed = false;
    let namedSeen = false;
    let ownWords = false;
    for (let i = 0; i < seq.length; i++) {
      const t = seq[i] ?? 0;
      if ((b.qw[t] ?? 0) === 0) continue;
      const before = i > 0 && pairs.has(pairKey(seq[i - 1] ?? 0, t, termCount));
      if (before) {
        adjacent++;
        if (orderedPairs.has((seq[i - 1] ?? 0) * termCount + t)) inOrder++;
      }
      if (b.counted[t] === generation) continue;
      // (`near` holds every adjacent pair, so a word beside its neighbour, `before`, is in context.)
      const near = phrase.kind === 'error' ? pairs : nearPairs;
      const inContext = seq.length === 1 || (i > 0 && near.has(pairKey(seq[i - 1] ?? 0, t, termCount))) || (i + 1 < seq.length && near.has(pairKey(t, seq[i + 1] ?? 0, termCount)));
      if (!inContext) continue;
      b.counted[t] = generation;
      if (firstMatched < 0) firstMatched = i;
      lastMatched = i;
      w += b.qw[t] ?? 0;
      d += b.qd[t] ?? 0;
      n++;
      if (phrase.named[i] !== 1) unnamed = true;
      else namedSeen = true;
      if (phrase.platform[i] !== 1) ownWords = true;
    }
    if (w <= 0) continue;
    // Only the words of the error's quoted name: the paste names the service, it does not quote the
    // error ("Microsoft Entra Connect Provisioning Agent Configuration" is a window title).
    if (!unnamed) continue;
    // Only the words of a sentence the platform prints for many causes: not this error's evidence.
    if (!ownWords) continue;
    // An error read without any word of its quoted name ("…sufficient privileges to start system
    // services" alone): the words every service's message has, not this service's.
    const nameless = phrase.kind === 'error' && !namedSeen && phrase.named.includes(1);
    // Only a description (title, alias) is completed by the rest of its page. For an error, a paste
    // word the error lacks is noise or a difference ("certificate" where the error says "scheduler"),
    // and finding that word in some other paragraph of the page does not make the error match better.
    const completes = phrase.kind !== 'error' && !errorsOnly;
    const own = FIELD_FACTOR[phrase.kind];
    const r = scorePhrase({
      phraseWeight: phrase.weight,
      matchedWeight: w,
      matchedDistinct: d,
      matchedTerms: n,
      queryWeight,
      explainedElsewhere: completes ? (b.tw[phrase.page] ?? 0) - w * own : 0,
      distinctElsewhere: completes ? (b.td[phrase.page] ?? 0) - d * own : 0,
      segment: errorsOnly,
    });
    const order = adjacent > 0 ? 1 - ORDER_WEIGHT * (1 - inOrder / adjacent) : 1;
    let score = r.score * KIND_FACTOR[phrase.kind] * order;
    const s = entry(phrase.page);
    // Titles and aliases name error codes too ("SystemForCrossDomain… on test connection"), so they are
    // checked as well, but only for an identifier of the paste that runs on differently: beside or
    // inside a description, a word of the paste's own is usually a synonym ("cert", "zip up").
    // Which terms are the phrase's is only asked when checking a contradiction: marked then, not for
    // every phrase a long paste nominates.
    const checked = score >= CONTRADICTION_CHECK_MIN;
    if (checked) for (const t of phrase.terms) b.inPhrase[t] = generation;
    if (checked && contradicts(rt, b, query, firstPosition, seq, phrase.named, firstMatched, lastMatched, generation, phrase.kind !== 'error', errorsOnly)) {
      if (phrase.kind === 'error') {
        if (score > (contradicted.get(phrase.page) ?? 0)) s.contradicted = p;
        contradicted.set(phrase.page, Math.max(score, contradicted.get(phrase.page) ?? 0));
      }
      score = Math.min(score * CONTRADICTION_FACTOR, CONTRADICTED_CEILING);
    } else if (phrase.kind === 'error') {
      uncontradicted.set(phrase.page, Math.max(score, uncontradicted.get(phrase.page) ?? 0));
      if (!nameless) named.set(phrase.page, Math.max(score, named.get(phrase.page) ?? 0));
    }
    if (score > s.phraseScore) {
      s.phraseScore = score;
      s.phrase = p;
      s.coverage = r.coverage;
      s.evidence = r.evidence;
      if (nameless) s.nameless = true;
      else delete s.nameless;
    }
  }
  if (b.generation > 0xfffffff0) {
    b.counted.fill(0);
    b.inPhrase.fill(0);
    b.generation = 0;
  }
  for (const q of known) {
    b.qw[q.id] = 0;
    b.qd[q.id] = 0;
  }

  // Which of the query's neighbouring pairs stand together on each page it touched.
  let pairTotal = 0;
  if (touchedPages.length > 0) {
    const seenPairs = new Set<number>();
    for (let i = 1; i < query.sequence.length; i++) {
      const a = query.sequence[i - 1] ?? -1;
      const c = query.sequence[i] ?? -1;
      if (a < 0 || c < 0 || a === c) continue;
      const key = pairOf(a, c, termCount);
      if (seenPairs.has(key)) continue;
      seenPairs.add(key);
      const w = Math.min(rt.weight[a] ?? 0, rt.weight[c] ?? 0);
      pairTotal += w;
      const pages = rt.pagesByPair.get(key);
      if (!pages) continue;
      for (const page of pages) if (b.seenPage[page] === 1) b.pw[page] = (b.pw[page] ?? 0) + w;
    }
  }

  // Proximity reorders; it does not lower the bar: the page that keeps the query's words together
  // best loses nothing, the others lose by how far they fall short of it.
  let bestTogether = 0;
  for (const page of touchedPages) bestTogether = Math.max(bestTogether, b.pw[page] ?? 0);
  const textEvidence = new Map<number, number>();
  for (const page of touchedPages) {
    const cov = Math.min(1, (b.tw[page] ?? 0) / queryWeight);
    const evidence = b.td[page] ?? 0;
    const shortfall = pairTotal > 0 ? Math.min(1, (bestTogether - (b.pw[page] ?? 0)) / pairTotal) : 0;
    textEvidence.set(page, evidence);
    b.tw[page] = 0;
    b.td[page] = 0;
    b.pw[page] = 0;
    b.seenPage[page] = 0;
    const ceiling = TEXT_CEILING * Math.min(1, TEXT_GENERIC_FLOOR + (1 - TEXT_GENERIC_FLOOR) * (evidence / TEXT_EVIDENCE));
    const isContradicted = (contradicted.get(page) ?? 0) > (uncontradicted.get(page) ?? 0);
    const text = ceiling * cov * (1 - PROXIMITY_WEIGHT * shortfall);
    entry(page).textScore = isContradicted ? Math.min(text * CONTRADICTION_FACTOR, CONTRADICTED_CEILING) : text;
  }

  const out: PageScore[] = [];
  for (const s of byPage.values()) {
    // The stronger evidence decides; adding the weaker one would let a near-twin with a wordier page
    // overtake the exact error.
    s.score = Math.max(s.phraseScore, s.textScore);
    const errorScore = named.get(s.page);
    if (errorScore !== undefined) s.errorScore = errorScore;
    if ((contradicted.get(s.page) ?? 0) > (uncontradicted.get(s.page) ?? 0)) {
      s.score = Math.min(s.score, CONTRADICTED_CEILING);
      s.isContradicted = true;
    }
    if (s.textScore > s.phraseScore) {
      s.phrase = -1;
      s.evidence = textEvidence.get(s.page) ?? 0;
      s.coverage = 0;
    }
    // Below any verdict's reach (see CANDIDATE_MIN): at thousands of pages, most of what a long paste touches.
    if (s.score >= CANDIDATE_MIN) out.push(s);
  }
  return out.sort((x, y) => y.score - x.score || x.page - y.page);
}

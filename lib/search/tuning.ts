/**
 * Every tuning constant of the search engine, in one place. Each one changes a result somewhere
 * (tests/unit/search and `npm run bench:search` show where); a constant that changes nothing goes.
 * The rest of lib/search holds mechanisms only, so no module imports another for a number, and the
 * verdict and the scorer do not depend on each other.
 */

// -- Verdict: one rule for a one-line error, a ticket and a log ---------------------------------
/** `match` needs a score this high... */
export const MATCH_MIN = 0.6;
/** ...a lead this large over the next page... */
export const MATCH_LEAD = 0.12;
/** ...and this much distinctive weight behind it (generic words contribute none). */
export const MATCH_EVIDENCE = 0.8;
/** Below this nothing is close; within the band below the best, pages are offered side by side. */
export const AMBIGUOUS_MIN = 0.3;
export const AMBIGUOUS_BAND = 0.25;
/** When the paste names this product and no other, pages from this score up are offered side by side. */
export const IN_PRODUCT_MIN = 0.15;
/**
 * A weaker best page is still a match, for a paste about this product, from this score, when it leads
 * every other by MATCH_LEAD and the next scores at most this share of it: a lead that is large for its
 * score, not only in absolute terms (an admin's description rarely reaches an error's score).
 */
export const CLEAR_MIN = 0.35;
export const CLEAR_NEXT_SHARE = 0.7;
/**
 * Pages scored below this are not candidates at all: no verdict rule above can keep them or be swayed
 * by them (as the next page, they are far enough below any match). Derived, not tuned: at thousands
 * of pages a long paste's common words touch every page, and carrying each one costs more than it says.
 */
export const CANDIDATE_MIN = Math.min(IN_PRODUCT_MIN, AMBIGUOUS_MIN, CLEAR_MIN - MATCH_LEAD, MATCH_MIN - MATCH_LEAD);

// -- Segments of a paste ------------------------------------------------------------------------
/** A segment covering less than this of an error is not worth joining with its neighbours. */
export const JOIN_MIN_COVERAGE = 0.25;
export const MAX_JOINED_SEGMENTS = 3;
/** Very long segments (a 1 MB paste without newlines) are read in overlapping windows of tokens. */
export const WINDOW = 200;
export const WINDOW_STEP = 150;
/** Up to this size the whole paste is also read as one query (descriptions, tickets); beyond, only its segments. */
export const WHOLE_TEXT_LIMIT = 16_384;
/** A ticket or message longer than this many words may be read in passages of at most this many... */
export const PASSAGE_TOKENS = 30;
/** ...up to this length (beyond, it is a log, read line by line). */
export const PASSAGES_UP_TO_TOKENS = 400;
/** A signal's fragments must all stand within this many consecutive lines of the paste. */
export const SIGNAL_LINES = 12;
/** What a declared signal found whole is worth: as sure as an error found whole. */
export const SIGNAL_SCORE = 0.9;
/** A page ID (PT-0201) in a short query: the page itself. */
export const ID_SCORE = 1;
/** A short query whose every word stands, in order, in some declared error: offered, never matched. */
export const CARRIED_SCORE = 0.42;

// -- Reading words ------------------------------------------------------------------------------
/** Typo correction (fuse.js) only for queries someone typed, not for pasted errors or logs. */
export const FUZZY_MAX_TERMS = 12;
export const PREFIX_MAX_TOKENS = 40;
/** Discounts for terms that were guessed rather than read. */
export const SPLIT_DISCOUNT = 0.9;
export const PREFIX_DISCOUNT = 0.85;
export const TYPO_DISCOUNT = 0.75;
/** Words shorter than this are never corrected: too many real words lie one letter apart. */
export const TYPO_MIN_LENGTH = 5;
/** A word corrected by its neighbours ("lap" between "valid" and "style") may be this short... */
export const CONTEXT_TYPO_MIN_LENGTH = 3;
/** ...and the neighbour must stand in at most this many phrases (at scale, "error" stands in thousands). */
export const CONTEXT_TYPO_MAX_PHRASES = 64;
/** From this length a word corrected by its neighbours may be two letters off (one below it). */
export const CONTEXT_TWO_EDITS_LENGTH = 5;
/** At most this many words of one query are corrected (each costs a few fuse.js searches). */
export const TYPO_MAX_PER_QUERY = 4;
/**
 * An unknown word weighs like a moderately rare one: enough that an error made of words this base has
 * never seen cannot match, not so much that "(see attached screenshot)" drowns a description.
 */
export const UNKNOWN_WEIGHT = { long: 0.45, short: 0.3 } as const;
/** Masks count little (every log has GUIDs), generic words a little, stop words not at all. */
export const MASK_WEIGHT = 0.15;
export const GENERIC_WEIGHT = 0.3;
/**
 * fuse.js options for correcting one word against vocabulary words, chosen by measurement
 * (bench-search.ts, "typo correction"): location 0 and distance 8, because a typo shifts letters by
 * one or two; threshold 0.4 admits one or two wrong letters in a word of five or more. Candidates are
 * then checked by edit distance, which keeps unrelated words from being "corrected".
 */
export const TYPO_FUSE_OPTIONS = {
  includeScore: true,
  isCaseSensitive: true,
  location: 0,
  distance: 8,
  threshold: 0.4,
  shouldSort: true,
} as const;

// -- Fields of a page ---------------------------------------------------------------------------
/** How much a term found in each field says about the page. Titles and aliases say most. */
export const FIELD_FACTOR = { title: 1, alias: 1, error: 0.9, summary: 0.8, step: 0.75, body: 0.6 } as const;
export const KIND_FACTOR = { error: 1, title: 0.92, alias: 0.92 } as const;

// -- Phrase evidence (score.ts) -----------------------------------------------------------------
/** Extra paste words cost a quarter of their weight in the overlap reading... */
export const EXTRA_WORD_COST = 0.25;
/** ...and much less when the same page explains them elsewhere (its body, its title). */
export const EXPLAINED_WORD_COST = 0.05;
/** Distinctive weight for full credit when the paste is part of a phrase, or contains it. */
export const PART_EVIDENCE = 1.5;
export const CONTAINED_EVIDENCE = 2;
/** A part of a phrase made of common words earns credit by its length: six words are a quotation. */
export const PART_WORDS = 6;
export const PART_CEILING = 0.85;
export const CONTAINED_CEILING = 0.92;
/** A phrase with no distinctive word can reach this much, and each unit of specificity adds half. */
export const SPECIFICITY_FLOOR = 0.55;
export const TIE_BREAK = 0.05;
/** A title's or alias's words count when each stands within this many words of another of them in the paste. */
export const DESCRIPTION_REACH = 3;
/** Word order only breaks ties: "initialize queue pipeline" is not "initialize pipeline queue". */
export const ORDER_WEIGHT = 0.03;

// -- Text evidence ------------------------------------------------------------------------------
/**
 * Text evidence alone is worth less than a phrase: it says a page is about the words, not the error.
 * And text evidence made only of generic words ("Access is denied") is worth little at all.
 */
export const TEXT_CEILING = 0.8;
export const TEXT_GENERIC_FLOOR = 0.3;
export const TEXT_EVIDENCE = 1;
/** A page loses up to this share of its text evidence for keeping fewer of the query's pairs together. */
export const PROXIMITY_WEIGHT = 0.3;

// -- Contradictions -----------------------------------------------------------------------------
/** A contradicted phrase may still be the closest thing, but never a confident match. */
export const CONTRADICTION_FACTOR = 0.7;
export const CONTRADICTED_CEILING = MATCH_MIN - 0.05;
export const CONTRADICTION_MIN = 0.2;
/** A segment covering this much of an error holds it whole: a contradiction elsewhere in the paste does not undo it. */
export const WHOLE_ERROR_COVERAGE = 0.9;
/** Only phrases scoring at least this are checked for contradictions (the check walks the paste). */
export const CONTRADICTION_CHECK_MIN = 0.3;
/** What an ordinary word (not generic, not a stop word) weighs in a contradiction at the least. */
export const CONTRADICTION_WORD_FLOOR = 0.1;
/** How far beside the shared stretch a contradicting word may stand. */
export const CONTRADICTION_REACH = 2;
/** How many more words than the error's quoted name another quoted name may have ("'Datadog Agent' (datadogagent)"). */
export const NAME_SLACK = 4;

// -- Scale --------------------------------------------------------------------------------------
/** A term in more phrases than this (and more than 1/16 of all) is too common to nominate candidates. */
export const MIN_COMMON_LIST = 256;
export const COMMON_SHARE = 16;
export const ALWAYS_NOMINATE = 6;

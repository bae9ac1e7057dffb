/**
 * The error index (/errors/): every declared error string with the page that resolves it, A to Z, and
 * the filter the page runs as the user types. Pure, so the page, its client filter and the tests agree.
 */
import type { Symptom } from './content/schema';
import { symptomUrl } from './routes';
// The search engine's own normaliser (entities, quotes and dashes folded, log prefixes and time stamps
// dropped, GUIDs/hosts/numbers masked), from its module rather than the barrel, which brings fuse.js.
import { normaliseText } from './search/normalise';

export type ErrorRow = { error: string; id: string; title: string; url: string };

export const buildErrorRows = (symptoms: readonly Symptom[]): ErrorRow[] =>
  symptoms
    .flatMap((s) => s.errors.map((error) => ({ error, id: s.id, title: s.title, url: symptomUrl(s.slug) })))
    .sort((a, b) => a.error.localeCompare(b.error, 'en', { sensitivity: 'base' }));

/**
 * A text as the words the site's search would see: normalised by the engine, then lower-cased and cut
 * at anything that is not a letter, a digit or a masked variable. Case, spacing and punctuation stop
 * mattering, and so does a GUID or a host name that differs from the one in the docs.
 */
const wordsOf = (text: string): string[] =>
  normaliseText(text)
    .text.toLowerCase()
    .split(/[^\p{L}\p{N}\uE000-\uE0FF]+/u)
    .filter((w) => w !== '');

/** Every query word is a word of the row (the last one may be half typed: a prefix is enough). */
function containsWords(rowWords: readonly string[], queryWords: readonly string[]): boolean {
  const have = new Set(rowWords);
  return queryWords.every((w, i) => have.has(w) || (i === queryWords.length - 1 && rowWords.some((r) => r.startsWith(w))));
}

/**
 * Rows whose error text, page title or ID hold every word of a line of the query, in any order
 * ("access denied" finds "Access is denied."). A row also matches when a line of the query holds every
 * word of its error, so pasting a whole log line (time stamp, prefix and all) still finds it.
 * An empty query keeps every row.
 */
export function filterErrorRows(rows: readonly ErrorRow[], query: string): ErrorRow[] {
  // The whole query, and each of its lines: a wrapped error is one query, a log is one per line.
  const rawLines = query.split(/\r?\n/);
  const lines = [query, ...(rawLines.length > 1 ? rawLines : [])].map(wordsOf).filter((words) => words.length > 0);
  if (lines.length === 0) return [...rows];
  // IDs are compared as typed: the normaliser masks their digits, which would make every ID alike.
  const id = query.trim().toLowerCase();
  return rows.filter((row) => {
    const error = wordsOf(row.error);
    const page = [...error, ...wordsOf(row.title)];
    return (
      row.id.toLowerCase().includes(id) ||
      lines.some((words) => containsWords(page, words) || (error.length > 0 && containsWords(words, error)))
    );
  });
}

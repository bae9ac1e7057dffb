/**
 * The error index (/errors/): every declared error string with the page that resolves it, A to Z, and
 * the filter the page runs as the user types. Pure, so the page, its client filter and the tests agree.
 */
import type { Symptom } from './content/schema';
import { symptomUrl } from './routes';

export type ErrorRow = { error: string; id: string; title: string; url: string };

export const buildErrorRows = (symptoms: readonly Symptom[]): ErrorRow[] =>
  symptoms
    .flatMap((s) => s.errors.map((error) => ({ error, id: s.id, title: s.title, url: symptomUrl(s.slug) })))
    .sort((a, b) => a.error.localeCompare(b.error, 'en', { sensitivity: 'base' }));

/** Case and runs of whitespace folded: a paste often wraps a one-line error or adds spaces around it. */
const fold = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Rows whose error text, page title or ID contains the query. A row also matches when the whole error
 * text occurs in the query, so pasting a full log line (timestamp, prefix and all) still finds it.
 * An empty query keeps every row.
 */
export function filterErrorRows(rows: readonly ErrorRow[], query: string): ErrorRow[] {
  const q = fold(query);
  if (q === '') return [...rows];
  return rows.filter((row) => {
    const error = fold(row.error);
    return error.includes(q) || fold(row.title).includes(q) || row.id.toLowerCase().includes(q) || q.includes(error);
  });
}

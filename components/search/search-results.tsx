/**
 * The answer to a search: an honest verdict, the ranked pages with what matched and why, every known
 * error found in a pasted log, and the values taken from the paste. Used by /search/; the
 * as-you-type panel (search-box.tsx) shows the short form of the same answer.
 */
import Link from 'next/link';
import type { SearchHit, SearchResponse } from '@/lib/search';
import { errorsUrl, withSearchContext } from '@/lib/routes';
import { notableValues } from '@/lib/search/notable-values';
import { HighlightedText } from './highlighted-text';

/** The verdict in words; an ambiguous answer with one page says so instead of inviting a comparison. */
export function verdictLabel(response: SearchResponse): string {
  if (response.verdict === 'match') return 'Best match';
  if (response.verdict === 'none') return 'No confident match';
  return response.results.length === 1 ? 'A possible match — check that it fits' : 'Several pages could fit — compare them';
}

/** "No confident match": what to do instead. */
export function NoMatch({ walkHref }: { walkHref: string }) {
  return (
    <div className="rounded-md border border-slate-300 p-3 text-sm dark:border-slate-700">
      <p>
        Nothing here matches closely enough to be sure. The error may not be one this site covers. Try describing the
        symptom in a few words, or let the guided walk narrow it down.
      </p>
      <p className="mt-2 flex flex-wrap gap-x-4">
        <Link href={walkHref} className="inline-block py-1 font-medium text-blue-800 underline dark:text-blue-300">
          Start guided troubleshooting
        </Link>
        <Link href={errorsUrl()} className="inline-block py-1 text-blue-800 underline dark:text-blue-300">
          Browse all error messages
        </Link>
      </p>
    </div>
  );
}

/** Where a hit links: its page with the search context (the hit's own line of a log, the matched error). */
export const hitHref = (hit: SearchHit, query: string, paste?: string): string =>
  withSearchContext(hit.url, {
    query: hit.line ? lineOf(query, hit.line) : query,
    ...(hit.errorIndex === undefined ? {} : { error: hit.errorIndex + 1 }),
    ...(paste ? { paste } : {}),
  });

/** One line of a pasted log: a result from a log links with that line, not the whole paste. */
const lineOf = (text: string, line: number): string => text.split('\n', line)[line - 1]?.trim() ?? text;

export function SearchResults({ query, response, walkHref = '/troubleshoot/', paste }: { query: string; response: SearchResponse; walkHref?: string; paste?: string }) {
  const multiLine = response.findings.length > 1;
  const shown = notableValues(response.extracted, 8);
  return (
    <div className="space-y-4" data-verdict={response.verdict}>
      <p className="font-semibold" data-testid="search-verdict">
        {verdictLabel(response)}
        {response.results.length > 1 && (
          <span className="font-normal text-slate-600 dark:text-slate-400"> · {response.results.length} page{response.results.length === 1 ? '' : 's'}</span>
        )}
      </p>
      {response.verdict === 'none' && <NoMatch walkHref={walkHref} />}
      {multiLine && (
        <section aria-labelledby="findings-heading" className="rounded-md border border-slate-300 p-3 dark:border-slate-700">
          <h2 id="findings-heading" className="font-semibold">Known errors found in your text</h2>
          <ul className="mt-2 space-y-2 text-sm" data-testid="search-findings">
            {response.findings.map((f) => (
              <li key={`${f.id}-${f.line}`}>
                <span className="font-mono text-xs text-slate-600 dark:text-slate-400">line {f.line}</span>{' '}
                <Link href={withSearchContext(f.url, { query: f.text, ...(paste ? { paste } : {}) })} className="font-medium text-blue-800 underline dark:text-blue-300">
                  {f.title}
                </Link>
                <code className="mt-0.5 block truncate font-mono text-xs text-slate-700 dark:text-slate-300">{f.text}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      {response.results.length > 0 && (
        <ol data-testid="search-results" className="space-y-3">
          {response.results.map((hit) => (
            <li key={hit.id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
              <Link href={hitHref(hit, query, paste)} className="font-semibold text-blue-800 hover:underline dark:text-blue-300">
                {hit.title}
              </Link>{' '}
              <span className="font-mono text-xs text-slate-500 dark:text-slate-400">{hit.id}</span>
              <p className="text-sm text-slate-700 dark:text-slate-300">{hit.reason}</p>
              {hit.matched.length > 0 && (
                <p className="mt-1 text-sm" data-testid="search-evidence">
                  <span className="sr-only">Matched text: </span>
                  <HighlightedText text={query} spans={hit.matched} />
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {shown.length > 0 && (
        <section aria-labelledby="extracted-heading" className="text-sm">
          <h2 id="extracted-heading" className="font-semibold">Values from your text</h2>
          <ul className="mt-1 flex flex-wrap gap-2" data-testid="search-extracted">
            {shown.map((e, i) => (
              <li key={`${e.kind}-${i}`} className="rounded bg-slate-100 px-2 py-0.5 dark:bg-slate-800">
                <span className="text-slate-600 dark:text-slate-400">{e.kind}</span>{' '}
                <code className="font-mono break-all">{e.value}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

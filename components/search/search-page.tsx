'use client';
/**
 * /search/?q=: reads the query from the URL, loads the serialised index on first use and runs the same
 * matchQuery the CLI runs. Results are text nodes only: user text is never injected as HTML.
 */
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { matchQuery, parseSearchIndex, type SearchIndex, type SearchResponse } from '@/lib/search';
import { searchIndexUrl } from '@/lib/routes';

let indexPromise: Promise<SearchIndex> | null = null;
export function loadIndexOnce(): Promise<SearchIndex> {
  indexPromise ??= fetch(searchIndexUrl())
    .then((r) => {
      if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
      return r.json();
    })
    .then(parseSearchIndex)
    .catch((err: unknown) => {
      indexPromise = null;
      throw err;
    });
  return indexPromise;
}

export function SearchPage() {
  const q = useSearchParams().get('q') ?? '';
  const [response, setResponse] = useState<SearchResponse | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadIndexOnce().then(
      (index) => live && setResponse(matchQuery(index, q, { limit: 8 })),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [q]);
  if (failed) return <p role="alert">The search index could not be loaded. Try again, or use the guided walk.</p>;
  if (!response) return <p>Searching…</p>;
  return (
    <div className="space-y-4">
      <p role="status">{response.verdict === 'none' ? 'No confident match.' : `${response.results.length} result(s).`}</p>
      <ol data-testid="search-results" className="space-y-3">
        {response.results.map((hit) => (
          <li key={hit.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <Link href={hit.url} className="font-semibold text-blue-800 hover:underline dark:text-blue-300">{hit.title}</Link>
            <p className="text-sm text-slate-600 dark:text-slate-400">{hit.reason}</p>
          </li>
        ))}
      </ol>
      {response.verdict === 'none' && (
        <p>
          <Link className="text-blue-800 underline dark:text-blue-300" href="/troubleshoot/">Start guided troubleshooting</Link>
        </p>
      )}
    </div>
  );
}

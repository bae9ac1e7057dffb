'use client';
/**
 * /search/?q=: a deep link renders results cold; typing or pasting updates them (debounced) and keeps
 * the URL shareable. The engine runs in a worker (run-search.ts).
 */
import { useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { SEARCH_URL_MAX_CHARS, searchUrl } from '@/lib/routes';
import { useDebouncedSearch } from './use-debounced-search';
import { SearchResults } from './search-results';

export function SearchPage({ walkHref }: { walkHref: string }) {
  const initial = useSearchParams().get('q') ?? '';
  const [text, setText] = useState(initial);
  const { result, failed } = useDebouncedSearch(text, 8, text === initial ? 0 : 200);

  useEffect(() => {
    // Keep the address shareable once results for the current text are on screen; a paste too long
    // for a URL stays in the box only.
    if (result && result.query.length <= SEARCH_URL_MAX_CHARS) window.history.replaceState(null, '', searchUrl(result.query));
  }, [result]);

  return (
    <div className="space-y-6">
      <form role="search" action={searchUrl()} method="get" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="search-text" className="block font-medium">
          Paste an error, a log, or describe the problem
        </label>
        <textarea
          id="search-text"
          name="q"
          data-search-input="main"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={Math.min(10, Math.max(3, text.split('\n').length))}
          spellCheck={false}
          className="mt-2 w-full rounded-md border border-slate-300 bg-white p-3 font-mono text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
        />
      </form>
      <div aria-live="polite" aria-busy={!result && !!text.trim() && !failed}>
        {failed && <p role="alert">Search could not load. Check your connection and try again, or use the guided walk.</p>}
        {!text.trim() && <p className="text-slate-600 dark:text-slate-400">Type or paste something to search.</p>}
        {result && text.trim() && <SearchResults query={result.query} response={result.response} walkHref={walkHref} />}
      </div>
    </div>
  );
}

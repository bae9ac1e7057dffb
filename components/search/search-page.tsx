'use client';
/**
 * /search/?q=: a deep link renders results cold; typing or pasting updates them (debounced) and keeps
 * the URL shareable. The engine runs in a worker (run-search.ts).
 */
import { useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import type { SearchResponse } from '@/lib/search';
import { searchUrl } from '@/lib/routes';
import { runSearch } from './run-search';
import { SearchResults } from './search-results';

/** URLs past this length are cut by some servers and browsers; long pastes stay in the box only. */
const MAX_URL_QUERY = 2000;

export function SearchPage({ walkHref }: { walkHref: string }) {
  const initial = useSearchParams().get('q') ?? '';
  const [text, setText] = useState(initial);
  const [result, setResult] = useState<{ query: string; response: SearchResponse } | null>(null);
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      if (!text.trim()) {
        setResult(null);
        return;
      }
      runSearch(text, 8).then(
        (response) => {
          if (ticket !== latest.current) return;
          setFailed(false);
          setResult({ query: text, response });
        },
        () => ticket === latest.current && setFailed(true),
      );
      if (text.length <= MAX_URL_QUERY) window.history.replaceState(null, '', searchUrl(text));
    }, text === initial ? 0 : 200);
    return () => clearTimeout(timer);
  }, [text, initial]);

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

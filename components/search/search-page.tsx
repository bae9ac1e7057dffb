'use client';
/**
 * /search/?q=: a deep link renders results cold; typing or pasting updates them (debounced). The address
 * always says what is in the box: the text itself, or for a paste too long for a URL the lines that
 * matched plus `paste=`, the key of the whole paste in this tab's sessionStorage (search-address.ts).
 * A reload finds the whole paste again; a link opened elsewhere searches the lines it carries and says so.
 * The engine runs in a worker (run-search.ts).
 */
import { useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import { parsePasteKey, searchUrl } from '@/lib/routes';
import { useDebouncedSearch } from './use-debounced-search';
import { SearchResults } from './search-results';
import { loadPaste } from './paste-store';
import { pasteKeeper, searchAddress } from './search-address';

export function SearchPage({ walkHref }: { walkHref: string }) {
  const params = useSearchParams();
  // Read once: this component renders only in the browser (useSearchParams in a static export), so the
  // stored paste is there to read on the first render.
  const [arrival] = useState(() => {
    const q = params.get('q') ?? '';
    const key = parsePasteKey(params.get('paste'));
    const whole = key ? loadPaste(key) : null;
    return { text: whole ?? q, key: whole !== null ? key : undefined, missing: key !== undefined && whole === null };
  });
  const [text, setText] = useState(arrival.text);
  const keepPaste = useMemo(() => {
    const keep = pasteKeeper();
    // The paste this page arrived with already has its key; reuse it rather than store it twice.
    return (t: string) => (arrival.key && t === arrival.text ? arrival.key : keep(t));
  }, [arrival]);
  const { result, failed } = useDebouncedSearch(text, 8, text === arrival.text ? 0 : 200);
  const onScreen = result && result.query === text ? result : null;

  useEffect(() => {
    // The address follows the text once its results are on screen, so a reload or a copied link answers
    // the same query. A link that lost its paste keeps its own address: it is the best there is.
    if (!text.trim()) window.history.replaceState(window.history.state, '', searchUrl());
    else if (onScreen && !(arrival.missing && text === arrival.text)) {
      window.history.replaceState(window.history.state, '', searchAddress(text, onScreen.response, keepPaste(text)));
    }
  }, [onScreen, text, arrival, keepPaste]);

  const pasteKey = onScreen ? keepPaste(onScreen.query) : undefined;
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
          rows={Math.min(10, Math.max(3, text.split('\n', 11).length))}
          spellCheck={false}
          className="mt-2 w-full rounded-md border border-slate-300 bg-white p-3 font-mono text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
        />
      </form>
      {arrival.missing && text === arrival.text && (
        <p role="note" className="rounded-md border border-amber-500 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950/40 dark:text-amber-100" data-testid="paste-missing">
          This link came from a longer paste. The whole paste stayed in the browser it was pasted in; these results are for
          the lines the link carries. Paste the whole text here to search all of it.
        </p>
      )}
      <div aria-live="polite" aria-busy={!onScreen && !!text.trim() && !failed}>
        {failed && <p role="alert">Search could not load. Check your connection and try again, or use the guided walk.</p>}
        {!text.trim() && <p className="text-slate-600 dark:text-slate-400">Type or paste something to search.</p>}
        {result && text.trim() && <SearchResults query={result.query} response={result.response} walkHref={walkHref} paste={pasteKey} />}
      </div>
    </div>
  );
}

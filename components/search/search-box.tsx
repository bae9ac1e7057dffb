'use client';
/**
 * The search box on every page. Without JavaScript it is a plain GET form to /search/. With it, results
 * appear as you type (debounced, computed in a worker), and Enter opens the full results page.
 * `multiline` (home) takes pasted logs intact; Shift+Enter adds a line, Enter searches.
 */
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { searchUrl, shareableSearchUrl } from '@/lib/routes';
import { useDebouncedSearch } from './use-debounced-search';
import { SearchResults } from './search-results';

export function SearchBox({ multiline = false }: { multiline?: boolean }) {
  const router = useRouter();
  const inputId = useId();
  const panelId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLFormElement>(null);

  const { result } = useDebouncedSearch(text, 5, 200);

  useEffect(() => {
    // Close the panel when focus or a click leaves the search form.
    const onPointer = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, []);

  const go = () => {
    if (text.trim()) router.push(shareableSearchUrl(text));
  };
  const field =
    'w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:placeholder:text-slate-400';
  const common = {
    id: inputId,
    name: 'q',
    value: text,
    autoComplete: 'off',
    spellCheck: false,
    'data-search-input': multiline ? 'main' : 'header',
    'aria-controls': panelId,
    onFocus: () => setOpen(true),
  } as const;

  return (
    <form
      ref={root}
      role="search"
      aria-label={multiline ? 'Find the fix for an error' : 'Site search'}
      action={searchUrl()}
      method="get"
      className="relative"
      onSubmit={(e) => {
        e.preventDefault();
        go();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
      }}
    >
      <label htmlFor={inputId} className="sr-only">
        Search symptoms or paste an error
      </label>
      <div className="flex gap-2">
        {multiline ? (
          <textarea
            {...common}
            rows={Math.min(8, Math.max(3, text.split('\n').length))}
            placeholder="Paste an error message or a log, or describe the problem"
            className={`${field} resize-y font-mono`}
            onChange={(e) => {
              setText(e.target.value);
              setOpen(true);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                go();
              }
            }}
          />
        ) : (
          <input
            {...common}
            type="search"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={open && !!result && !!text.trim()}
            placeholder="Search (Ctrl+K)"
            className={field}
            onChange={(e) => {
              setText(e.target.value);
              setOpen(true);
            }}
          />
        )}
        <button type="submit" className="self-start rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800">
          Search
        </button>
      </div>
      <div
        id={panelId}
        aria-live="polite"
        className={
          open && result && text.trim()
            ? `z-40 mt-2 rounded-lg border border-slate-300 bg-white p-3 shadow-lg dark:border-slate-600 dark:bg-slate-900 ${multiline ? '' : 'absolute right-0 w-[min(28rem,calc(100vw-2rem))]'}`
            : 'sr-only'
        }
      >
        {open && result && text.trim() && (
          <>
            <SearchResults query={result.query} response={result.response} compact />
            <p className="mt-3 text-sm">
              <a href={shareableSearchUrl(text)} className="font-medium text-blue-800 underline dark:text-blue-300" onClick={(e) => { e.preventDefault(); go(); }}>
                See full results →
              </a>
            </p>
          </>
        )}
      </div>
    </form>
  );
}

'use client';
/**
 * The search box on every page. Without JavaScript it is a plain GET form to /search/. With it, results
 * appear as you type (debounced, computed in a worker) in a WAI-ARIA combobox: ArrowDown/ArrowUp move
 * through the results, Enter opens the highlighted one (or the full results when none is), Escape closes
 * and clears the highlight. ArrowUp from the first result leaves the list.
 * `multiline` (home) takes pasted logs intact; Shift+Enter adds a line, and the arrows move the caret
 * until it is on the last line, so editing a log still works.
 * A paste too long for an address travels whole in sessionStorage (search-address.ts).
 */
import { useRouter } from 'next/navigation';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { searchUrl } from '@/lib/routes';
import { useDebouncedSearch } from './use-debounced-search';
import { hitHref, NoMatch, verdictLabel } from './search-results';
import { pasteKeeper, searchAddress } from './search-address';

export function SearchBox({ multiline = false, walkHref = '/troubleshoot/' }: { multiline?: boolean; walkHref?: string }) {
  const router = useRouter();
  const inputId = useId();
  const panelId = useId();
  const listId = `${panelId}-list`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const root = useRef<HTMLFormElement>(null);
  const keepPaste = useMemo(pasteKeeper, []);

  const { result } = useDebouncedSearch(text, 5, 200);
  const current = result && text.trim() ? result : null;
  const shown = open && current !== null;
  const hits = shown ? current.response.results : [];
  const optionId = (i: number) => `${panelId}-option-${i}`;

  // A new answer is a new list. The header box highlights its first result (the APG's "automatic
  // selection"), so Enter opens the best match and ArrowDown the next; the home box, made for pasted
  // logs, highlights nothing, so Enter opens the full results with every error found in the log.
  useEffect(() => setActive(!multiline && result?.response.results.length ? 0 : -1), [result, multiline]);

  useEffect(() => {
    // Keep the highlighted result in view when the panel scrolls (a short phone screen).
    if (active >= 0 && shown) document.getElementById(`${panelId}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, shown, panelId]);

  useEffect(() => {
    // Close the panel when a click lands outside the search form.
    const onPointer = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, []);

  /** The answer for the text on screen, when it has arrived (it may still be for older text). */
  const responseForText = result?.query === text ? result.response : undefined;
  const go = () => {
    if (text.trim()) router.push(searchAddress(text, responseForText, keepPaste(text)));
  };
  const openHit = (i: number) => {
    const hit = hits[i];
    if (hit && current) router.push(hitHref(hit, current.query, keepPaste(current.query)));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const el = e.currentTarget;
    // In the textarea the arrows enter the list only from the last line (or leave it from the first option).
    const onLastLine = !multiline || !el.value.slice(el.selectionEnd ?? 0).includes('\n');
    if (e.key === 'ArrowDown' && hits.length > 0 && (active >= 0 || onLastLine)) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % hits.length);
    } else if (e.key === 'ArrowDown' && !shown && current && onLastLine) {
      e.preventDefault();
      setOpen(true);
    } else if (e.key === 'ArrowUp' && active >= 0) {
      e.preventDefault();
      setActive((a) => a - 1);
    } else if (e.key === 'Enter' && !(multiline && e.shiftKey)) {
      e.preventDefault();
      if (active >= 0 && active < hits.length) openHit(active);
      else go();
    } else if (e.key === 'Escape' && (shown || active >= 0)) {
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
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
    'aria-controls': listId,
    'aria-autocomplete': 'list',
    'aria-activedescendant': active >= 0 && active < hits.length ? optionId(active) : undefined,
    onFocus: () => setOpen(true),
    onKeyDown,
    onChange: (e: { target: { value: string } }) => {
      setText(e.target.value);
      setOpen(true);
    },
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
    >
      <label htmlFor={inputId} className="sr-only">
        Search symptoms or paste an error
      </label>
      <div className="flex gap-2">
        {multiline ? (
          // A textarea cannot take role="combobox"; it keeps its textbox role, which supports
          // aria-activedescendant and aria-autocomplete, so the highlighted result is still announced.
          <textarea
            {...common}
            rows={Math.min(8, Math.max(3, text.split('\n', 9).length))}
            placeholder="Paste an error message or a log, or describe the problem"
            className={`${field} resize-y font-mono`}
          />
        ) : (
          <input {...common} type="search" role="combobox" aria-expanded={shown} placeholder="Search (Ctrl+K)" className={field} />
        )}
        <button type="submit" className="min-h-9 self-start rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800">
          Search
        </button>
      </div>
      <div
        id={panelId}
        data-testid="search-panel"
        className={
          shown
            ? `z-40 mt-2 rounded-lg border border-slate-300 bg-white p-3 shadow-lg dark:border-slate-600 dark:bg-slate-900 ${multiline ? '' : 'absolute inset-x-0 max-h-[calc(100dvh-9rem)] overflow-y-auto overscroll-contain sm:left-auto sm:w-[28rem] sm:max-w-[calc(100vw-2rem)]'}`
            : 'sr-only'
        }
      >
        <p aria-live="polite" className={shown ? 'font-semibold' : ''} data-testid="search-panel-verdict">
          {shown ? verdictLabel(current.response) : ''}
        </p>
        {shown && current.response.verdict === 'none' && (
          <div className="mt-3">
            <NoMatch walkHref={walkHref} />
          </div>
        )}
        <ul id={listId} role="listbox" aria-label="Matching pages" className={hits.length ? 'mt-3 space-y-2' : 'hidden'}>
          {hits.map((hit, i) => (
            <li key={hit.id} role="none">
              <a
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                tabIndex={-1}
                href={hitHref(hit, current!.query)}
                onClick={(e) => {
                  if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
                  e.preventDefault();
                  openHit(i);
                }}
                onMouseMove={() => setActive(i)}
                className="block rounded-md border border-slate-200 p-2 aria-selected:border-blue-700 aria-selected:bg-blue-50 dark:border-slate-700 dark:aria-selected:border-blue-400 dark:aria-selected:bg-slate-800"
              >
                <span className="font-semibold text-blue-800 underline-offset-2 hover:underline dark:text-blue-300">{hit.title}</span>{' '}
                <span className="font-mono text-xs text-slate-600 dark:text-slate-400">{hit.id}</span>
                <span className="block text-sm text-slate-700 dark:text-slate-300">{hit.reason}</span>
              </a>
            </li>
          ))}
        </ul>
        {shown && (
          <p className="mt-3 text-sm">
            <a
              href={searchAddress(text, responseForText, undefined)}
              className="inline-block py-1 font-medium text-blue-800 underline dark:text-blue-300"
              onClick={(e) => {
                e.preventDefault();
                go();
              }}
            >
              See full results →
            </a>
            {hits.length > 1 && <span className="ml-2 hidden text-slate-600 sm:inline dark:text-slate-400">↑↓ to choose, Enter to open</span>}
          </p>
        )}
      </div>
    </form>
  );
}

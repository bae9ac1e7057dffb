import { searchUrl } from '@/lib/routes';

/**
 * A plain GET form to /search/, so searching works before (and without) JavaScript.
 */
export function SearchBox({ compact = false, defaultValue = '' }: { compact?: boolean; defaultValue?: string }) {
  return (
    <form role="search" action={searchUrl()} method="get" className="flex gap-2">
      <label htmlFor={compact ? 'site-search' : 'home-search'} className="sr-only">
        Search symptoms or paste an error
      </label>
      <input
        id={compact ? 'site-search' : 'home-search'}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={compact ? 'Search or paste an error' : 'Paste an error message or describe the problem'}
        autoComplete="off"
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:placeholder:text-slate-400"
      />
      <button type="submit" className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800">
        Search
      </button>
    </form>
  );
}

'use client';
/**
 * /errors/ with filter-as-you-type. The static HTML is the full list (the build renders it with an
 * empty filter); the filter box appears only once JavaScript runs, because without it it would do nothing.
 */
import Link from 'next/link';
import { useState } from 'react';
import { filterErrorRows, type ErrorRow } from '@/lib/error-index';
import { searchUrl } from '@/lib/routes';
import { useHydrated } from '@/components/ticket/use-browser';

export function ErrorFilter({ rows }: { rows: ErrorRow[] }) {
  const hydrated = useHydrated();
  const [query, setQuery] = useState('');
  const shown = filterErrorRows(rows, query);
  return (
    <div className="space-y-4">
      {hydrated && (
        <div className="no-print space-y-1">
          <label htmlFor="error-filter" className="block text-sm font-medium">
            Filter by error text, page title or ID
          </label>
          <input
            id="error-filter"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
            placeholder="Paste part of an error"
            className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-800"
          />
        </div>
      )}
      <p role="status" aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400" data-testid="error-count">
        {shown.length === rows.length ? `${rows.length} error messages` : `${shown.length} of ${rows.length} error messages match`}
      </p>
      <ul className="divide-y divide-slate-200 dark:divide-slate-800" data-testid="error-index">
        {shown.map((row) => (
          <li key={row.error} className="py-3">
            <code className="block whitespace-pre-wrap break-words font-mono text-sm">{row.error}</code>
            <Link href={row.url} className="text-sm text-blue-800 hover:underline dark:text-blue-300">
              {row.title}
            </Link>{' '}
            <span className="font-mono text-xs text-slate-500 dark:text-slate-400">{row.id}</span>
          </li>
        ))}
      </ul>
      {shown.length === 0 && (
        <p>
          Not in the index. <Link href={searchUrl(query.trim())} className="text-blue-800 underline dark:text-blue-300">Search for it</Link>: search also
          matches descriptions and partial errors.
        </p>
      )}
    </div>
  );
}

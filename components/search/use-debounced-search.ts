'use client';
/**
 * Runs a search a moment after the text stops changing, and keeps only the answer to the newest text
 * (a slow answer to an older query must not replace a newer one). Shared by the header/home box and
 * the /search/ page.
 */
import { useEffect, useRef, useState } from 'react';
import type { SearchResponse } from '@/lib/search';
import { runSearch } from './run-search';

export type SearchResult = { query: string; response: SearchResponse };

export function useDebouncedSearch(text: string, limit: number, delayMs: number): { result: SearchResult | null; failed: boolean } {
  const [result, setResult] = useState<SearchResult | null>(null);
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    if (!text.trim()) {
      setResult(null);
      return;
    }
    const timer = setTimeout(() => {
      runSearch(text, limit).then(
        (response) => {
          if (ticket !== latest.current) return;
          setFailed(false);
          setResult({ query: text, response });
        },
        () => {
          if (ticket !== latest.current) return;
          setFailed(true);
          setResult(null);
        },
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [text, limit, delayMs]);
  return { result, failed };
}

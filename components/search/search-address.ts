/**
 * The address for what is on screen in a search: the text itself when it fits in a URL; otherwise the
 * lines the search matched (shareableQuery) plus the key of the whole paste, stored in this tab.
 */
import type { SearchResponse } from '@/lib/search';
import { searchUrl, shareableQuery, SEARCH_URL_MAX_CHARS } from '@/lib/routes';
import { storePaste } from './paste-store';

/**
 * The 1-based lines of the paste that the search matched: each hit's line, each finding's, and the lines
 * its matched spans (offsets into the paste, part of the response contract) fall on.
 */
export function matchedLines(text: string, response: SearchResponse | undefined): number[] {
  if (!response) return [];
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks.push(i);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  return [
    ...response.results.flatMap((h) => (h.line === undefined ? [] : [h.line])),
    ...response.findings.map((f) => f.line),
    ...response.results.flatMap((h) => h.matched.map((m) => lineAt(m.start))),
  ];
}

export const fitsInAddress = (text: string): boolean => text.length <= SEARCH_URL_MAX_CHARS;

/**
 * Remembers one stored paste per box, so pressing Enter twice or a re-render does not store the same
 * megabyte again; a new text gets a new key.
 */
export function pasteKeeper(): (text: string) => string | undefined {
  let kept: { text: string; key: string | undefined } | null = null;
  return (text) => {
    if (fitsInAddress(text)) return undefined;
    if (kept?.text !== text) kept = { text, key: storePaste(text) };
    return kept.key;
  };
}

export function searchAddress(text: string, response: SearchResponse | undefined, key: string | undefined): string {
  return fitsInAddress(text) ? searchUrl(text) : searchUrl(shareableQuery(text, matchedLines(text, response)), key);
}

/**
 * Every public URL the site makes, in one place. These are a contract (README › URL contract):
 * links written into tickets must keep working, so change a builder only by adding, never by moving.
 */
export const homeUrl = (): string => '/';
export const symptomUrl = (slug: string, stepId?: string): string =>
  `/symptoms/${slug}/${stepId ? `#${stepId}` : ''}`;
export const goUrl = (id: string): string => `/go/${id}/`;
/** Every /go/<ID>/ a page has: the ID as printed (PT-0101) and in lower case, for people who type it. */
export const goSpellings = (id: string): string[] => [id, id.toLowerCase()];
export const categoryUrl = (key: string): string => `/categories/${key}/`;
/**
 * A point in a guided walk. `via` is the walk so far in the trees before this one (see Trail), so the
 * answers given there survive the move into a sub-tree.
 */
export const treeUrl = (treeId: string, path: readonly string[] = [], via: Trail = []): string => {
  const params = [
    ...(path.length ? [`path=${path.map(encodeURIComponent).join('.')}`] : []),
    ...(via.length ? [`via=${formatTrail(via)}`] : []),
  ];
  return `/troubleshoot/${treeId}/${params.length ? `?${params.join('&')}` : ''}`;
};
/**
 * `paste` names a paste too long for the address, kept whole in the browser's sessionStorage
 * (components/search/paste-store.ts); `q` then holds the part of it worth sharing (shareableQuery).
 */
export const searchUrl = (query?: string, paste?: string): string => {
  const params = [...(query ? [`q=${encodeURIComponent(query)}`] : []), ...(paste ? [`paste=${encodeURIComponent(paste)}`] : [])];
  return `/search/${params.length ? `?${params.join('&')}` : ''}`;
};
/** URLs past this length are cut by some servers and browsers, so longer pastes are not put in one whole. */
export const SEARCH_URL_MAX_CHARS = 2000;
/** A /search/ link for what was typed, keeping only the start of a paste too long for a URL. */
export const shareableSearchUrl = (query: string): string => searchUrl(query.slice(0, SEARCH_URL_MAX_CHARS));

/** The name of a stored paste: short, and safe in a URL and a storage key. */
export const PASTE_KEY = /^[a-z0-9]{6,24}$/;
export const parsePasteKey = (raw: string | null | undefined): string | undefined => (raw && PASTE_KEY.test(raw) ? raw : undefined);

/**
 * What of a paste goes into a shareable address: the whole text when it fits; otherwise the lines the
 * search matched (a log's error lines), in order, as many as fit. The start of a long log is usually
 * time stamps and noise, so cutting it at the first 2,000 characters loses the error.
 */
export function shareableQuery(text: string, matchedLines: readonly number[], max = SEARCH_URL_MAX_CHARS): string {
  if (text.length <= max) return text;
  const lines = text.split('\n');
  let out = '';
  for (const n of [...new Set(matchedLines)].sort((a, b) => a - b)) {
    const line = lines[n - 1]?.trim();
    if (!line) continue;
    const next = out ? `${out}\n${line}` : line;
    if (next.length > max) break;
    out = next;
  }
  return out || text.slice(0, max);
}
export const errorsUrl = (): string => '/errors/';
export const catalogueUrl = (): string => '/api/symptoms.json';
export const searchIndexUrl = (): string => '/search-index.json';
export const openSearchUrl = (): string => '/opensearch.xml';

/** A path made absolute against the origin the user is on (tickets need links that work outside the site). */
export const absoluteUrl = (origin: string, path: string): string => new URL(path, origin).href;

/**
 * What search hands a symptom page: the paste (`?q=`) and which of the page's declared errors matched
 * (`&error=`, 1-based, in frontmatter order). The page highlights that error and puts both into
 * "Copy for ticket". Only the start of a paste is kept so a whole log never ends up in a URL.
 */
export type SearchContext = { query: string; error?: number; /** A stored paste (see searchUrl). */ paste?: string };
export const SEARCH_CONTEXT_MAX_CHARS = 500;

/** A page URL (as the search index stores it, optionally with #step) carrying a search context. */
export const withSearchContext = (pageUrl: string, context: SearchContext): string => {
  const [path = '', hash] = pageUrl.split('#', 2);
  const params = new URLSearchParams({ q: context.query.slice(0, SEARCH_CONTEXT_MAX_CHARS) });
  if (context.error !== undefined) params.set('error', String(context.error));
  if (context.paste !== undefined) params.set('paste', context.paste);
  return `${path}?${params.toString()}${hash ? `#${hash}` : ''}`;
};

export const symptomFromSearchUrl = (slug: string, context: SearchContext, stepId?: string): string =>
  withSearchContext(symptomUrl(slug, stepId), context);

/** Reads a SearchContext from a location's query string; null when the page was not reached from search. */
export const parseSearchContext = (search: string): SearchContext | null => {
  const params = new URLSearchParams(search);
  const query = (params.get('q') ?? '').slice(0, SEARCH_CONTEXT_MAX_CHARS);
  const n = Number(params.get('error'));
  const error = Number.isInteger(n) && n >= 1 ? n : undefined;
  if (query.trim() === '' && error === undefined) return null;
  const paste = parsePasteKey(params.get('paste'));
  return { query, ...(error === undefined ? {} : { error }), ...(paste === undefined ? {} : { paste }) };
};

/** The `?path=` value: node ids joined by dots (node ids are kebab-case, so a dot never occurs in one). */
export const parseTreePath = (raw: string | null | undefined): string[] =>
  (raw ?? '')
    .split('.')
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= 64);

/**
 * A walk across trees: one segment per tree visited, each the tree's id and the node keys walked in it
 * (as in `?path=`). Written `tree.node.node~tree.node`: ids are kebab-case, so neither `.` nor `~`
 * occurs in one. The answer that left a segment is the one that leads to what follows (the next tree, or
 * the fix), so it needs no place in the address.
 */
export type TrailSegment = { tree: string; path: string[] };
export type Trail = readonly TrailSegment[];
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const formatTrail = (trail: Trail): string =>
  trail.map((s) => [s.tree, ...s.path].map(encodeURIComponent).join('.')).join('~');

/** Reads `?via=` / `?walk=`; malformed segments are dropped (a stale link still shows what it can). */
export const parseTrail = (raw: string | null | undefined): TrailSegment[] =>
  (raw ?? '')
    .split('~')
    .slice(0, 32)
    .map((segment) => segment.split('.').map((s) => s.trim()))
    .filter((parts) => parts.every((p) => ID.test(p)) && parts.length > 0)
    .map(([tree, ...path]) => ({ tree: tree!, path }));

/** A fix page reached by a walk: `?walk=` holds the whole trail, so the page can show and copy it. */
export const symptomFromWalkUrl = (slug: string, trail: Trail, stepId?: string): string =>
  `/symptoms/${slug}/${trail.length ? `?walk=${formatTrail(trail)}` : ''}${stepId ? `#${stepId}` : ''}`;

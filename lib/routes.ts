/**
 * Every public URL the site makes, in one place. These are a contract (README › URL contract):
 * links written into tickets must keep working, so change a builder only by adding, never by moving.
 */
export const homeUrl = (): string => '/';
export const symptomUrl = (slug: string, stepId?: string): string =>
  `/symptoms/${slug}/${stepId ? `#${stepId}` : ''}`;
export const goUrl = (id: string): string => `/go/${id}/`;
export const categoryUrl = (key: string): string => `/categories/${key}/`;
export const treeUrl = (treeId: string, path: readonly string[] = []): string =>
  `/troubleshoot/${treeId}/${path.length ? `?path=${path.map(encodeURIComponent).join('.')}` : ''}`;
export const searchUrl = (query?: string): string =>
  `/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`;
/** URLs past this length are cut by some servers and browsers, so longer pastes are not put in one whole. */
export const SEARCH_URL_MAX_CHARS = 2000;
/** A /search/ link for what was typed, keeping only the start of a paste too long for a URL. */
export const shareableSearchUrl = (query: string): string => searchUrl(query.slice(0, SEARCH_URL_MAX_CHARS));
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
export type SearchContext = { query: string; error?: number };
export const SEARCH_CONTEXT_MAX_CHARS = 500;

/** A page URL (as the search index stores it, optionally with #step) carrying a search context. */
export const withSearchContext = (pageUrl: string, context: SearchContext): string => {
  const [path = '', hash] = pageUrl.split('#', 2);
  const params = new URLSearchParams({ q: context.query.slice(0, SEARCH_CONTEXT_MAX_CHARS) });
  if (context.error !== undefined) params.set('error', String(context.error));
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
  return error === undefined ? { query } : { query, error };
};

/** The `?path=` value: node ids joined by dots (node ids are kebab-case, so a dot never occurs in one). */
export const parseTreePath = (raw: string | null | undefined): string[] =>
  (raw ?? '')
    .split('.')
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= 64);

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
export const errorsUrl = (): string => '/errors/';
export const catalogueUrl = (): string => '/api/symptoms.json';
export const searchIndexUrl = (): string => '/search-index.json';

/**
 * The deployed origin, from SITE_URL at build time (e.g. https://kb.example.com), when it is known.
 * Canonical links must be absolute to count, so pages write one only when this is set.
 */
export const siteOrigin = (): URL | undefined => (process.env.SITE_URL ? new URL(process.env.SITE_URL) : undefined);

/** The `?path=` value: node ids joined by dots (node ids are kebab-case, so a dot never occurs in one). */
export const parseTreePath = (raw: string | null | undefined): string[] =>
  (raw ?? '')
    .split('.')
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= 64);

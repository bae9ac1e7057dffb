/**
 * The OpenSearch description (/opensearch.xml) that lets a browser add the site as a search engine.
 * OpenSearch wants absolute URLs, and a static build cannot know its host, so the origin comes from the
 * SITE_URL environment variable at build time (README › Deploying).
 */
import { absoluteUrl, openSearchUrl, searchUrl } from './routes';

export const DEFAULT_SITE_URL = 'http://localhost:3000';
export const SITE_NAME = 'Provisioning Troubleshooter';
/** OpenSearch caps ShortName at 16 characters; the full name goes in LongName. */
const SHORT_NAME = 'Provisioning KB';

/** The site's origin from SITE_URL (any path on it is ignored), or the local default. */
export function siteOrigin(siteUrl: string | undefined): string {
  const raw = siteUrl?.trim() || DEFAULT_SITE_URL;
  try {
    return new URL(raw).origin;
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://troubleshooter.example.com (got "${raw}")`);
  }
}

/**
 * SITE_URL's origin when it is set, else undefined: for what must not fall back to localhost. Canonical
 * links must be absolute to count, so pages write one only when this is known.
 */
export const configuredOrigin = (siteUrl: string | undefined): URL | undefined =>
  siteUrl?.trim() ? new URL(siteOrigin(siteUrl)) : undefined;

export const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

export function buildOpenSearchDescription(origin: string): string {
  // `{searchTerms}` is OpenSearch's placeholder; searchUrl would percent-encode its braces, so it is appended as is.
  const template = `${absoluteUrl(origin, searchUrl())}?q={searchTerms}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${SHORT_NAME}</ShortName>
  <LongName>${escapeXml(SITE_NAME)}</LongName>
  <Description>Search Microsoft Entra on-premises provisioning errors and fixes</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Url type="text/html" method="get" template="${escapeXml(template)}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${escapeXml(absoluteUrl(origin, openSearchUrl()))}"/>
</OpenSearchDescription>
`;
}

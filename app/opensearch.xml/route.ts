/**
 * /opensearch.xml, so a browser can add the site as a search engine. The absolute URLs inside come from
 * SITE_URL at build time. Static hosts pick Content-Type from the .xml extension; the header below is
 * what `next dev` and hosts that honour it send.
 */
import { buildOpenSearchDescription, siteOrigin } from '@/lib/opensearch';

export const dynamic = 'force-static';

export function GET() {
  return new Response(buildOpenSearchDescription(siteOrigin(process.env.SITE_URL)), {
    headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' },
  });
}

import type { MetadataRoute } from 'next';

// Static export: written once to out/robots.txt at build time.
export const dynamic = 'force-static';

/** Every page may be crawled. (No sitemap line: it would need the deployed origin, which a static build does not know.) */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' } };
}

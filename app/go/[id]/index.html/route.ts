/**
 * /go/<ID>/: the short link written into tickets (README › URL contract). It outlives any rename of
 * the page's slug. A redirect needs no React: the route writes the document itself
 * (lib/redirect.ts) to out/go/<ID>/index.html, which a static host serves for /go/<ID>/, so each of
 * the two spellings per page costs a string rather than a page render. (`next dev` serves it at
 * /go/<ID>/index.html only.)
 */
import { loadKnowledgeBase } from '@/lib/content/load';
import { findSymptomByGoId, goIds } from '@/lib/content/query';
import { configuredOrigin } from '@/lib/opensearch';
import { buildRedirectPage } from '@/lib/redirect';
import { symptomUrl } from '@/lib/routes';

type Params = { params: Promise<{ id: string }> };

export const dynamic = 'force-static';
export const dynamicParams = false;
export async function generateStaticParams() {
  return goIds(await loadKnowledgeBase()).map((id) => ({ id }));
}

export async function GET(_request: Request, { params }: Params) {
  const symptom = findSymptomByGoId(await loadKnowledgeBase(), (await params).id);
  if (!symptom) return new Response('Not found', { status: 404 });
  const page = buildRedirectPage({
    to: symptomUrl(symptom.slug),
    title: symptom.title,
    pageTitle: `${symptom.title} (${symptom.id})`,
    origin: configuredOrigin(process.env.SITE_URL),
  });
  return new Response(page, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

/**
 * The public catalogue (README › Catalogue), written to out/api/symptoms.json at build time so ticket
 * systems can link error text to pages without running our code.
 */
import { buildCatalogue } from '@/lib/catalogue';
import { loadKnowledgeBase } from '@/lib/content/load';

export const dynamic = 'force-static';

export async function GET() {
  const kb = await loadKnowledgeBase();
  return Response.json(buildCatalogue(kb.symptoms));
}

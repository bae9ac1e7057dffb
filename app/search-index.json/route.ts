/**
 * The search index, built once at build time and written to out/search-index.json. The browser
 * fetches it the first time someone searches (components/search), never on page load.
 */
import { loadKnowledgeBase } from '@/lib/content/load';
import { buildSearchIndex } from '@/lib/search';

export const dynamic = 'force-static';

export async function GET() {
  const kb = await loadKnowledgeBase();
  return Response.json(buildSearchIndex(kb.symptoms, kb.vocabulary));
}

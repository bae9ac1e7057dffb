import type { Metadata } from 'next';
import { Suspense } from 'react';
import { loadKnowledgeBase } from '@/lib/content/load';
import { entryTree } from '@/lib/content/query';
import { treeUrl } from '@/lib/routes';
import { SearchPage } from '@/components/search/search-page';

export const metadata: Metadata = { title: 'Search', description: 'Paste an error message or a log and find the page that fixes it.' };

export default async function Search() {
  const start = entryTree(await loadKnowledgeBase());
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Search</h1>
      <Suspense fallback={<p>Loading search…</p>}>
        <SearchPage walkHref={treeUrl(start.id)} />
      </Suspense>
    </div>
  );
}

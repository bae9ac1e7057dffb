import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SearchPage } from '@/components/search/search-page';

export const metadata: Metadata = { title: 'Search', robots: { index: false } };

export default function Search() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Search</h1>
      <Suspense fallback={<p>Loading search…</p>}>
        <SearchPage />
      </Suspense>
    </div>
  );
}

import type { Metadata } from 'next';
import { loadKnowledgeBase } from '@/lib/content/load';
import { buildErrorRows } from '@/lib/error-index';
import { ErrorFilter } from '@/components/errors/error-filter';

export const metadata: Metadata = {
  title: 'Error index',
  description: 'Every error message this knowledge base resolves, A to Z, with the page that fixes it.',
};

export default async function ErrorsPage() {
  const kb = await loadKnowledgeBase();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Error index</h1>
      <p className="text-slate-700 dark:text-slate-300">Every error message this site resolves, A to Z. Each links to the page with the fix.</p>
      <ErrorFilter rows={buildErrorRows(kb.symptoms)} />
    </div>
  );
}

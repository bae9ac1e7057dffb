import type { Metadata } from 'next';
import Link from 'next/link';
import { loadKnowledgeBase } from '@/lib/content/load';
import { symptomUrl } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Error index',
  description: 'Every error message this knowledge base resolves, A to Z, with the page that fixes it.',
};

export default async function ErrorsPage() {
  const kb = await loadKnowledgeBase();
  const rows = kb.symptoms
    .flatMap((s) => s.errors.map((error) => ({ error, symptom: s })))
    .sort((a, b) => a.error.localeCompare(b.error, 'en', { sensitivity: 'base' }));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Error index</h1>
      <p className="text-slate-700 dark:text-slate-300">Every error message this site resolves, A to Z. Each links to the page with the fix.</p>
      <ul className="divide-y divide-slate-200 dark:divide-slate-800" data-testid="error-index">
        {rows.map(({ error, symptom }) => (
          <li key={error} className="py-3">
            <code className="block whitespace-pre-wrap break-words font-mono text-sm">{error}</code>
            <Link href={symptomUrl(symptom.slug)} className="text-sm text-blue-800 hover:underline dark:text-blue-300">
              {symptom.title}
            </Link>{' '}
            <span className="font-mono text-xs text-slate-500 dark:text-slate-400">{symptom.id}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { loadKnowledgeBase } from '@/lib/content/load';
import { treeUrl } from '@/lib/routes';

export const metadata: Metadata = { title: 'Guided troubleshooting' };

export default async function TreesPage() {
  const kb = await loadKnowledgeBase();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Guided troubleshooting</h1>
      <p className="text-slate-700 dark:text-slate-300">Answer one question at a time; each answer is a link you can share.</p>
      <ul className="space-y-3">
        {kb.trees.map((t) => (
          <li key={t.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <Link href={treeUrl(t.id)} className="font-semibold text-blue-800 hover:underline dark:text-blue-300">
              {t.title}
            </Link>
            {t.entry && <span className="ml-2 rounded bg-blue-100 px-1.5 text-xs text-blue-900 dark:bg-blue-900 dark:text-blue-100">Start here</span>}
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t.summary}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

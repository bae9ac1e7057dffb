import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { loadKnowledgeBase } from '@/lib/content/load';
import { findCategory, symptomsInCategory } from '@/lib/content/query';
import { CATEGORIES } from '@/lib/content/schema';
import { symptomUrl } from '@/lib/routes';

type Params = { params: Promise<{ category: string }> };

export const dynamicParams = false;
export function generateStaticParams() {
  return CATEGORIES.map((c) => ({ category: c.key }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const category = findCategory((await params).category);
  return { title: category?.label ?? 'Not found', description: category?.blurb };
}

export default async function CategoryPage({ params }: Params) {
  const category = findCategory((await params).category);
  if (!category) notFound();
  const kb = await loadKnowledgeBase();
  const items = symptomsInCategory(kb, category.key);
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <Link href="/" className="hover:underline">Home</Link> / {category.label}
      </nav>
      <h1 className="text-2xl font-bold">{category.label}</h1>
      <p className="text-slate-700 dark:text-slate-300">{category.blurb}</p>
      <ul className="space-y-3">
        {items.map((s) => (
          <li key={s.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <Link href={symptomUrl(s.slug)} className="font-semibold text-blue-800 hover:underline dark:text-blue-300">
              {s.title}
            </Link>
            <span className="ml-2 font-mono text-xs text-slate-500 dark:text-slate-400">{s.id}</span>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{s.summary}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { notFound } from 'next/navigation';
import { loadKnowledgeBase } from '@/lib/content/load';
import { findTree, questionsLeftInTree, treeLinkTable, treesLeadingToTree } from '@/lib/content/query';
import { WalkClient } from '@/components/walk/walk-client';
import { WalkStatic } from '@/components/walk/walk-static';
import { layoutTree } from '@/lib/tree/layout';

type Params = { params: Promise<{ tree: string }> };

export const dynamicParams = false;
export async function generateStaticParams() {
  const kb = await loadKnowledgeBase();
  return kb.trees.map((t) => ({ tree: t.id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const tree = findTree(await loadKnowledgeBase(), (await params).tree);
  return { title: tree ? `${tree.title} — guided troubleshooting` : 'Not found', description: tree?.summary };
}

export default async function TreePage({ params }: Params) {
  const kb = await loadKnowledgeBase();
  const tree = findTree(kb, (await params).tree);
  if (!tree) notFound();
  // Only what this tree's page shows: its answers' links, the trees a `?via=` trail can come through,
  // and the questions left after each of its own (counted here, so the trees below stay on the server).
  const links = treeLinkTable(kb, tree);
  const trees = treesLeadingToTree(kb, tree);
  const left = questionsLeftInTree(kb, tree);
  // Laid out here, at build time; the client walk only lights parts of it.
  const map = layoutTree(tree, { symptom: (id) => links.symptoms[id]?.title ?? id, tree: (id) => links.trees[id] ?? id });
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <Link href="/" className="hover:underline">Home</Link> /{' '}
        <Link href="/troubleshoot/" className="hover:underline">Guided troubleshooting</Link>
      </nav>
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{tree.title}</h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">{tree.summary}</p>
      </header>
      {/* Static export: the fallback is the no-JavaScript walk baked into the HTML; the client walk replaces it. */}
      <Suspense fallback={<WalkStatic tree={tree} left={left} links={links} map={map} />}>
        <WalkClient tree={tree} trees={trees} left={left} links={links} map={map} />
      </Suspense>
    </div>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { loadKnowledgeBase } from '@/lib/content/load';
import { entryTree, findCategory, findSymptomById, resolveSymptomSlug, symptomPageSlugs, treesLeadingToSymptom } from '@/lib/content/query';
import { categoryUrl, symptomUrl, treeUrl } from '@/lib/routes';
import { configuredOrigin } from '@/lib/opensearch';
import { MdxContent } from '@/components/mdx/mdx-content';
import { RedirectNotice } from '@/components/redirect-notice';
import { DeclaredErrors } from '@/components/ticket/declared-errors';
import { SymptomTicket } from '@/components/ticket/symptom-ticket';
import { LinkedStep } from '@/components/mdx/linked-step';
import { OnThisPage, type TocEntry } from '@/components/symptom/on-this-page';
import { PrintAddress } from '@/components/symptom/print-address';
import { WalkToFix, WalkTrees } from '@/components/symptom/walk-context';
import { buildOutline } from '@/lib/outline';
import { SourceLine } from '@/components/symptom/source-line';

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;
export async function generateStaticParams() {
  return symptomPageSlugs(await loadKnowledgeBase()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const kb = await loadKnowledgeBase();
  const { slug } = await params;
  const s = resolveSymptomSlug(kb, slug)?.symptom;
  if (!s) return { title: 'Not found' };
  // A relative canonical is invalid (crawlers and Lighthouse reject it), so it is written only with a known origin.
  const canonical = configuredOrigin(process.env.SITE_URL) ? { alternates: { canonical: symptomUrl(s.slug) } } : {};
  return { title: `${s.title} (${s.id})`, description: s.summary, ...canonical };
}

export default async function SymptomPage({ params }: Params) {
  const kb = await loadKnowledgeBase();
  const { slug } = await params;
  const resolved = resolveSymptomSlug(kb, slug);
  if (!resolved) notFound();
  const { symptom, moved } = resolved;
  if (moved) return <RedirectNotice to={symptomUrl(symptom.slug)} title={symptom.title} />;
  const category = findCategory(symptom.category);
  const related = symptom.related.flatMap((id) => findSymptomById(kb, id) ?? []);
  const outline = buildOutline(symptom.body, symptom.steps);
  const toc: TocEntry[] = [
    ...(symptom.errors.length ? [{ id: 'errors-heading', title: 'Error text', depth: 1 as const }] : []),
    ...outline.flatMap((section) => [
      { id: section.id, title: section.title, depth: 1 as const },
      ...section.steps.map((step) => ({ id: step.id, title: step.title, depth: 2 as const })),
    ]),
    ...(related.length ? [{ id: 'related-heading', title: 'Related', depth: 1 as const }] : []),
  ];
  return (
    <WalkTrees trees={treesLeadingToSymptom(kb, symptom.id)}>
      <article className="lg:grid lg:grid-cols-[minmax(0,1fr)_13rem] lg:grid-rows-[auto_1fr] lg:gap-x-10 print:block" data-symptom-id={symptom.id}>
        <div className="space-y-6 lg:col-start-1">
          <nav aria-label="Breadcrumb" className="no-print text-sm text-slate-600 dark:text-slate-400">
            <Link href="/" className="hover:underline">Home</Link> /{' '}
            {category && (
              <Link href={categoryUrl(category.key)} className="hover:underline">
                {category.label}
              </Link>
            )}
          </nav>
          <header className="space-y-2">
            <h1 className="text-3xl font-bold tracking-tight">{symptom.title}</h1>
            <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
              {/* aria-label is ignored on a plain span, so the label is visually hidden text instead. */}
              <span className="sr-only">Article ID </span>
              <span className="rounded bg-slate-100 px-1.5 py-0.5 font-mono dark:bg-slate-800">{symptom.id}</span>
              <SymptomTicket symptom={{ id: symptom.id, slug: symptom.slug, title: symptom.title, errors: symptom.errors, steps: symptom.steps, source: symptom.source }} connectorPrefixes={kb.vocabulary.connectorPrefixes} />
            </p>
            <PrintAddress id={symptom.id} path={symptomUrl(symptom.slug)} />
            <p className="text-lg text-slate-700 dark:text-slate-300">{symptom.summary}</p>
            <SourceLine source={symptom.source} reviewed={symptom.reviewed} />
          </header>
        </div>
        {toc.length > 2 && (
          <div className="no-print mt-6 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:mt-0">
            <div className="lg:sticky lg:top-[calc(var(--header-h)+1.5rem)] lg:max-h-[calc(100vh-var(--header-h)-3rem)] lg:overflow-y-auto">
              <OnThisPage entries={toc} />
            </div>
          </div>
        )}
        <div className="mt-6 space-y-6 lg:col-start-1">
          {/* First in its box: until it renders, its Suspense marker must not be a later sibling that gives
              the one before it a space-y margin, which would then vanish and move the page. */}
          <WalkToFix symptomId={symptom.id} />
          {symptom.errors.length > 0 && (
            <section aria-labelledby="errors-heading" className="rounded-lg border border-red-200 bg-red-50 p-4 dark:border-red-900 dark:bg-red-950/30">
              <h2 id="errors-heading" className="anchor-target text-sm font-semibold uppercase tracking-wide text-red-900 dark:text-red-200">
                Error text this page resolves
              </h2>
              <DeclaredErrors errors={symptom.errors} />
            </section>
          )}
          <MdxContent source={symptom.body} slug={symptom.slug} steps={symptom.steps} outline={outline} />
          <LinkedStep />
          {related.length > 0 && (
            <section aria-labelledby="related-heading" className="border-t border-slate-200 pt-4 dark:border-slate-700">
              <h2 id="related-heading" className="anchor-target text-lg font-semibold">Related</h2>
              <ul className="mt-2 space-y-1">
                {related.map((r) => (
                  <li key={r.id}>
                    <Link href={symptomUrl(r.slug)} className="text-blue-800 hover:underline dark:text-blue-300">{r.title}</Link>{' '}
                    <span className="font-mono text-xs text-slate-500 dark:text-slate-400">{r.id}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <p className="no-print text-sm text-slate-600 dark:text-slate-400">
            Not the right page? <Link href={treeUrl(entryTree(kb).id)} className="text-blue-800 underline dark:text-blue-300">Start guided troubleshooting</Link>.
          </p>
        </div>
      </article>
    </WalkTrees>
  );
}

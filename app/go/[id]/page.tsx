import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadKnowledgeBase } from '@/lib/content/load';
import { findSymptomByGoId, goIds } from '@/lib/content/query';
import { symptomUrl } from '@/lib/routes';
import { RedirectNotice } from '@/components/redirect-notice';

/** /go/<ID>/: the short link written into tickets. It outlives any rename of the page's slug. */
type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;
export async function generateStaticParams() {
  return goIds(await loadKnowledgeBase()).map((id) => ({ id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const s = findSymptomByGoId(await loadKnowledgeBase(), (await params).id);
  if (!s) return { title: 'Not found' };
  // No canonical here: RedirectNotice renders it.
  return { title: `${s.title} (${s.id})`, robots: { index: false } };
}

export default async function GoPage({ params }: Params) {
  const symptom = findSymptomByGoId(await loadKnowledgeBase(), (await params).id);
  if (!symptom) notFound();
  return <RedirectNotice to={symptomUrl(symptom.slug)} title={symptom.title} />;
}

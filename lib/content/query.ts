/**
 * Small lookups over a loaded knowledge base, shared by pages, the CLI and static params so that
 * what is listed and what is generated can't drift apart.
 */
import { CATEGORIES, type CategoryKey, type Symptom, type Tree } from './schema';
import type { KnowledgeBase } from './compile';

export const findSymptomBySlug = (kb: KnowledgeBase, slug: string): Symptom | undefined =>
  kb.symptoms.find((s) => s.slug === slug);

/** A slug the page used to have (see formerSlugs) → the page it now lives at. */
export const findSymptomByFormerSlug = (kb: KnowledgeBase, slug: string): Symptom | undefined =>
  kb.symptoms.find((s) => s.formerSlugs.includes(slug));

export const findSymptomById = (kb: KnowledgeBase, id: string): Symptom | undefined => kb.symptoms.find((s) => s.id === id);

/** Every /symptoms/<slug>/ the site generates: current slugs, and former ones (they render a redirect). */
export const symptomPageSlugs = (kb: KnowledgeBase): string[] => kb.symptoms.flatMap((s) => [s.slug, ...s.formerSlugs]);

/** What /symptoms/<slug>/ shows: the page, or (moved: true) the page a former slug now lives at. */
export const resolveSymptomSlug = (kb: KnowledgeBase, slug: string): { symptom: Symptom; moved: boolean } | undefined => {
  const current = findSymptomBySlug(kb, slug);
  if (current) return { symptom: current, moved: false };
  const moved = findSymptomByFormerSlug(kb, slug);
  return moved && { symptom: moved, moved: true };
};

/** Every /go/<ID>/ the site generates: the ID as printed (PT-0101) and lower-case, for people who type it. */
export const goIds = (kb: KnowledgeBase): string[] => kb.symptoms.flatMap((s) => [s.id, s.id.toLowerCase()]);

export const findSymptomByGoId = (kb: KnowledgeBase, id: string): Symptom | undefined => findSymptomById(kb, id.toUpperCase());

export const findTree = (kb: KnowledgeBase, id: string): Tree | undefined => kb.trees.find((t) => t.id === id);

export const entryTree = (kb: KnowledgeBase): Tree => {
  const tree = kb.trees.find((t) => t.entry) ?? kb.trees[0];
  if (!tree) throw new Error('the knowledge base has no trees');
  return tree;
};

export const findCategory = (key: string) => CATEGORIES.find((c) => c.key === key);

export const symptomsInCategory = (kb: KnowledgeBase, key: CategoryKey): Symptom[] =>
  kb.symptoms.filter((s) => s.category === key);

/** What a client component needs to link an answer to a page: id → slug and title. */
export type SymptomLinkInfo = { slug: string; title: string };
export const symptomLinkTable = (kb: KnowledgeBase): Record<string, SymptomLinkInfo> =>
  Object.fromEntries(kb.symptoms.map((s) => [s.id, { slug: s.slug, title: s.title }]));

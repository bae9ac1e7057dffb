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

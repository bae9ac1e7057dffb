/**
 * Small lookups over a loaded knowledge base, shared by pages, the CLI and static params so that
 * what is listed and what is generated can't drift apart.
 */
import { CATEGORIES, type CategoryKey, type Symptom, type Tree } from './schema';
import { goSpellings } from '../routes';
import type { KnowledgeBase } from './compile';
import { buildTreeGraph, treesLeadingTo, type TreeGraph } from '../tree/reach';
import { questionsLeft } from '../tree/trail';

type Indexes = {
  byId: Map<string, Symptom>;
  bySlug: Map<string, Symptom>;
  byFormerSlug: Map<string, Symptom>;
  trees: Map<string, Tree>;
  treeRecord: Readonly<Record<string, Tree>>;
  graph: TreeGraph;
};
const indexes = new WeakMap<KnowledgeBase, Indexes>();

/**
 * Lookups by key, built once per loaded knowledge base: every generated page looks itself up, so a
 * scan of every page per lookup would make the build quadratic in the number of pages.
 */
function indexesOf(kb: KnowledgeBase): Indexes {
  let found = indexes.get(kb);
  if (!found) {
    found = {
      byId: new Map(kb.symptoms.map((s) => [s.id, s])),
      bySlug: new Map(kb.symptoms.map((s) => [s.slug, s])),
      byFormerSlug: new Map(kb.symptoms.flatMap((s) => s.formerSlugs.map((f) => [f, s] as const))),
      trees: new Map(kb.trees.map((t) => [t.id, t])),
      treeRecord: Object.fromEntries(kb.trees.map((t) => [t.id, t])),
      graph: buildTreeGraph(kb.trees),
    };
    indexes.set(kb, found);
  }
  return found;
}

export const findSymptomBySlug = (kb: KnowledgeBase, slug: string): Symptom | undefined => indexesOf(kb).bySlug.get(slug);

/** A slug the page used to have (see formerSlugs) → the page it now lives at. */
export const findSymptomByFormerSlug = (kb: KnowledgeBase, slug: string): Symptom | undefined => indexesOf(kb).byFormerSlug.get(slug);

export const findSymptomById = (kb: KnowledgeBase, id: string): Symptom | undefined => indexesOf(kb).byId.get(id);

/** Every /symptoms/<slug>/ the site generates: current slugs, and former ones (they render a redirect). */
export const symptomPageSlugs = (kb: KnowledgeBase): string[] => kb.symptoms.flatMap((s) => [s.slug, ...s.formerSlugs]);

/** What /symptoms/<slug>/ shows: the page, or (moved: true) the page a former slug now lives at. */
export const resolveSymptomSlug = (kb: KnowledgeBase, slug: string): { symptom: Symptom; moved: boolean } | undefined => {
  const current = findSymptomBySlug(kb, slug);
  if (current) return { symptom: current, moved: false };
  const moved = findSymptomByFormerSlug(kb, slug);
  return moved && { symptom: moved, moved: true };
};

/** Every /go/<ID>/ the site has (scripts/go-pages.ts writes them). */
export const goIds = (kb: KnowledgeBase): string[] => kb.symptoms.flatMap((s) => goSpellings(s.id));

export const findSymptomByGoId = (kb: KnowledgeBase, id: string): Symptom | undefined => findSymptomById(kb, id.toUpperCase());

export const findTree = (kb: KnowledgeBase, id: string): Tree | undefined => indexesOf(kb).trees.get(id);

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

/**
 * The pages and trees one tree's answers lead to, by id: what its walk needs to name and link them.
 * Only those, so a tree page carries its own links to the browser, not the whole knowledge base.
 */
export function treeLinkTable(kb: KnowledgeBase, tree: Tree): { symptoms: Record<string, SymptomLinkInfo>; trees: Record<string, string> } {
  const answers = Object.values(tree.nodes).flatMap((n) => n.answers);
  const symptoms = answers.flatMap((a) => (a.symptom === undefined ? [] : (findSymptomById(kb, a.symptom) ?? [])));
  const trees = answers.flatMap((a) => (a.tree === undefined ? [] : (findTree(kb, a.tree) ?? [])));
  return {
    symptoms: Object.fromEntries(symptoms.map((s) => [s.id, { slug: s.slug, title: s.title }])),
    trees: Object.fromEntries(trees.map((t) => [t.id, t.title])),
  };
}

/**
 * The trees a walk can come through into this tree, cut to the questions that lead here: what its
 * breadcrumb reads `?via=` against. A tree that cannot lead here is left out, so a tree page carries
 * the trees above it, not the whole knowledge base.
 */
export const treesLeadingToTree = (kb: KnowledgeBase, tree: Tree): Record<string, Tree> =>
  treesLeadingTo((id) => findTree(kb, id), indexesOf(kb).graph, { tree: tree.id });

/** The same for a fix page: the trees whose walks can end at this page, for its "How you got here". */
export const treesLeadingToSymptom = (kb: KnowledgeBase, id: string): Record<string, Tree> =>
  treesLeadingTo((tid) => findTree(kb, tid), indexesOf(kb).graph, { symptom: id });

/**
 * For each question of a tree, how many more can follow it at most, through every tree below: counted
 * here at build time, so the page need not carry the trees below it to count them in the browser.
 */
export const questionsLeftInTree = (kb: KnowledgeBase, tree: Tree): Record<string, number> =>
  Object.fromEntries(Object.keys(tree.nodes).map((key) => [key, questionsLeft(indexesOf(kb).treeRecord, tree.id, key)]));

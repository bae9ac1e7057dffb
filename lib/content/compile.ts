/**
 * Builds the knowledge base from the text of every content file and checks everything that spans
 * files: unique ids, slugs and error strings, related ids, internal links and anchors, and the trees.
 * Pure: in-memory sources in, data and problems out, so tests need no file system.
 */
import { compileTrees } from '../tree/compile';
import { parseSymptomFile, parseTreeFile, parseVocabularyFile, type ParsedSymptom } from './parse';
import { messages, type ContentProblem } from './problems';
import { EMPTY_VOCABULARY, type Symptom, type Tree, type Vocabulary } from './schema';

export type SourceFile = { file: string; text: string };
/** `vocabulary` is content/search/vocabulary.yaml, when there is one. */
export type ContentSources = { symptoms: SourceFile[]; trees: SourceFile[]; vocabulary?: SourceFile };
export type KnowledgeBase = { symptoms: Symptom[]; trees: Tree[]; vocabulary: Vocabulary };

/** Internal URLs a body may link to; anything else under / is reported as broken. */
const resolveInternalLink = (
  url: string,
  bySlug: ReadonlyMap<string, Symptom>,
  treeIds: ReadonlySet<string>,
): 'ok' | 'page' | 'anchor' => {
  const [pathPart = '', anchor] = url.split('#', 2);
  const path = pathPart.split('?')[0] ?? '';
  const symptom = /^\/symptoms\/([a-z0-9-]+)\/?$/.exec(path);
  if (symptom) {
    const page = bySlug.get(symptom[1]!);
    if (!page) return 'page';
    return anchor === undefined || anchor === '' || page.steps.some((s) => s.id === anchor) ? 'ok' : 'anchor';
  }
  const tree = /^\/troubleshoot\/([a-z0-9-]+)\/?$/.exec(path);
  if (tree) return treeIds.has(tree[1]!) ? 'ok' : 'page';
  if (['/', '/errors/', '/search/', '/troubleshoot/'].includes(path)) return 'ok';
  return 'page';
};

/** Folds what an author could not tell apart at a glance, so two pages can't claim the same error. */
const errorKey = (e: string): string => e.trim().replace(/\s+/g, ' ').toLowerCase();

/** Each page on its own, in order: what compileKnowledgeBase needs of sources.symptoms (see ParseSymptoms). */
export const parseSymptomFiles = (files: readonly SourceFile[]): ParsedSymptom[] => files.map((src) => parseSymptomFile(src.file, src.text));

/**
 * `parsedSymptoms`: sources.symptoms already parsed, in the same order (kb check parses them in several
 * processes, bin/commands/parse-in-parallel.ts); parsed here when absent.
 */
export function compileKnowledgeBase(sources: ContentSources, parsedSymptoms: readonly ParsedSymptom[] = parseSymptomFiles(sources.symptoms)): { kb: KnowledgeBase; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const symptoms: Symptom[] = [];
  const links: Array<{ file: string; url: string }> = [];
  // Pages and trees that did not parse: references to them are not checked (see UnparsedIdentity).
  const unparsed = { ids: new Set<string>(), slugs: new Set<string>(), trees: new Set<string>() };
  for (const parsed of parsedSymptoms) {
    problems.push(...parsed.problems);
    links.push(...parsed.links);
    if (parsed.symptom) symptoms.push(parsed.symptom);
    if (parsed.unparsed?.id) unparsed.ids.add(parsed.unparsed.id);
    if (parsed.unparsed) unparsed.slugs.add(parsed.unparsed.slug);
  }
  const trees: Tree[] = [];
  for (const src of sources.trees) {
    const parsed = parseTreeFile(src.file, src.text);
    problems.push(...parsed.problems);
    if (parsed.tree) trees.push(parsed.tree);
    if (parsed.unparsed) unparsed.trees.add(parsed.unparsed);
  }

  const byId = new Map<string, Symptom>();
  const bySlug = new Map<string, Symptom>();
  const errorOwner = new Map<string, Symptom>();
  for (const s of symptoms) {
    const sameId = byId.get(s.id);
    if (sameId) problems.push({ file: s.file, field: 'id', message: messages.duplicateId(s.id, sameId.file) });
    else byId.set(s.id, s);
    for (const [slug, field] of [[s.slug, 'slug'], ...s.formerSlugs.map((f) => [f, 'formerSlugs'] as const)] as const) {
      const sameSlug = bySlug.get(slug);
      if (sameSlug) problems.push({ file: s.file, field, message: messages.duplicateSlug(slug, sameSlug.file) });
      else bySlug.set(slug, s);
    }
    s.errors.forEach((e, i) => {
      const owner = errorOwner.get(errorKey(e));
      if (owner && owner !== s) problems.push({ file: s.file, field: `errors.${i}`, message: messages.duplicateError(owner.file) });
      else errorOwner.set(errorKey(e), s);
    });
  }
  // Links resolve against current slugs only: a link to a former slug works for users, but authors should fix it.
  const currentBySlug = new Map(symptoms.map((s) => [s.slug, s]));
  for (const s of symptoms) {
    s.related.forEach((id, i) => {
      if (id === s.id) problems.push({ file: s.file, field: `related.${i}`, message: messages.selfRelated });
      else if (!byId.has(id) && !unparsed.ids.has(id)) problems.push({ file: s.file, field: `related.${i}`, message: messages.unknownRelated(id) });
    });
  }
  const treeIds = new Set(trees.map((t) => t.id));
  for (const link of links) {
    const result = resolveInternalLink(link.url, currentBySlug, treeIds);
    const target = /^\/(?:symptoms|troubleshoot)\/([a-z0-9-]+)/.exec(link.url)?.[1] ?? '';
    if (result !== 'ok' && (unparsed.slugs.has(target) || unparsed.trees.has(target))) continue;
    if (result === 'page') problems.push({ file: link.file, field: 'body', message: messages.brokenLink(link.url) });
    if (result === 'anchor') problems.push({ file: link.file, field: 'body', message: messages.brokenAnchor(link.url) });
  }

  problems.push(
    ...compileTrees(
      trees,
      [...byId.values()].map((s) => ({ id: s.id, stepIds: new Set(s.steps.map((st) => st.id)) })),
      new Map([...byId.values()].map((s) => [s.id, s.file])),
      { symptoms: unparsed.ids, trees: unparsed.trees },
    ),
  );

  let vocabulary = EMPTY_VOCABULARY;
  if (sources.vocabulary) {
    const parsed = parseVocabularyFile(sources.vocabulary.file, sources.vocabulary.text);
    problems.push(...parsed.problems);
    vocabulary = parsed.vocabulary;
  }

  const ordered = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { kb: { symptoms: ordered, vocabulary, trees: trees.sort((a, b) => Number(b.entry) - Number(a.entry) || a.id.localeCompare(b.id)) }, problems };
}

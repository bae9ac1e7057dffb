/**
 * `kb new`: the text of a new symptom page and the facts it needs (a slug, the next free id, which tree
 * questions could lead to it). Pure: the knowledge base in, text and data out; bin/commands/new.ts
 * writes the file.
 */
import YAML from 'yaml';
import type { KnowledgeBase } from './compile';
import { SlugSchema, SymptomFrontmatterSchema, type CategoryKey, type Symptom, type SymptomFrontmatter } from './schema';

/** Long enough to say what the page is about, short enough for a URL in a ticket. */
const SLUG_MAX = 60;

/** "Export fails: 'Access is denied' (0x80070005)" → "export-fails-access-is-denied-0x80070005". */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > SLUG_MAX) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, SLUG_MAX);
}

const idNumber = (id: string): number => Number(id.slice(3));
const formatId = (n: number): string => `PT-${String(n).padStart(4, '0')}`;
/** Ids are numbered in blocks of a hundred, one block per category (PT-01xx test connection, …). */
const BLOCK = 100;

/**
 * The next free id for a page of `category`: the one after the highest id in the block most pages of
 * that category use. A category without pages takes the first unused block. The blocks are read off
 * the content, not written down here, so a team may number its own way.
 */
export function nextFreeId(symptoms: readonly Pick<Symptom, 'id' | 'category'>[], category: CategoryKey): string {
  const used = new Set(symptoms.map((s) => idNumber(s.id)));
  const blockCount = new Map<number, number>();
  for (const s of symptoms) {
    if (s.category !== category) continue;
    const block = Math.floor(idNumber(s.id) / BLOCK);
    blockCount.set(block, (blockCount.get(block) ?? 0) + 1);
  }
  const usedBlocks = new Set([...used].map((n) => Math.floor(n / BLOCK)));
  let block = [...blockCount].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  if (block === undefined) {
    block = 1;
    while (usedBlocks.has(block)) block++;
  }
  const highest = Math.max(block * BLOCK, ...[...used].filter((n) => Math.floor(n / BLOCK) === block));
  for (let n = highest + 1; n < (block + 1) * BLOCK; n++) if (!used.has(n)) return formatId(n);
  // The block is full: the lowest free id anywhere.
  for (let n = 1; n <= 9999; n++) if (!used.has(n)) return formatId(n);
  throw new Error('every id from PT-0001 to PT-9999 is taken');
}

export type NewSymptom = { id: string; slug: string; title: string; category: CategoryKey; errors?: readonly string[] };

/** Why a new page cannot take this id or slug; empty when it can. */
export function newSymptomConflicts(kb: KnowledgeBase, page: Pick<NewSymptom, 'id' | 'slug'>): string[] {
  const problems: string[] = [];
  const slug = SlugSchema.safeParse(page.slug);
  if (!slug.success) problems.push(`slug "${page.slug}" ${slug.error.issues[0]?.message ?? 'is not valid'}`);
  for (const s of kb.symptoms) {
    if (s.id === page.id) problems.push(`id ${page.id} is already used by ${s.file}`);
    if (s.slug === page.slug) problems.push(`slug "${page.slug}" is already used by ${s.file}`);
    if (s.formerSlugs.includes(page.slug)) problems.push(`slug "${page.slug}" is a former slug of ${s.file} and still redirects there`);
  }
  return problems;
}

/** Placeholder wording, so an author can find what is left to write (`grep TODO`). */
const TODO = 'TODO:';

/** A required field kb new filled from other pages, so the author knows to check it. */
export type CopiedField = { field: string; from: string };

export type ScaffoldContext = {
  /** The pages already written: a required field kb new has no value for is taken from the most common one. */
  symptoms: readonly Symptom[];
  /** ISO date (YYYY-MM-DD) for a required date field. */
  today: string;
};

export class ScaffoldError extends Error {}

/**
 * The frontmatter of a new page, checked by the one schema before anything is written. Fields kb new
 * knows are set; any other required field the schema has is derived from the schema: a list starts
 * empty, a date is today, anything else is the value most pages of the category share (and the field
 * is reported in `copied`).
 */
export function scaffoldFrontmatter(page: NewSymptom, context: ScaffoldContext): { frontmatter: SymptomFrontmatter; copied: CopiedField[] } {
  const draft: Record<string, unknown> = {
    id: page.id,
    slug: page.slug,
    title: page.title,
    summary: `${TODO} one or two sentences: what the admin sees and what fixes it.`,
    category: page.category,
    errors: [...(page.errors ?? [])],
    aliases: [],
    related: [],
    formerSlugs: [],
  };
  const copied: CopiedField[] = [];
  const sameCategory = context.symptoms.filter((s) => s.category === page.category);
  for (const [key, field] of Object.entries(SymptomFrontmatterSchema.shape)) {
    if (key in draft || field.safeParse(undefined).success) continue;
    if (field.safeParse([]).success) {
      draft[key] = [];
    } else if (field.safeParse(context.today).success && !field.safeParse('not a date').success) {
      draft[key] = context.today;
    } else {
      // The most common value among the category's pages, or among all pages for a new category.
      const valueOf = (s: Symptom): unknown => (s as Record<string, unknown>)[key];
      const pool = sameCategory.some((s) => field.safeParse(valueOf(s)).success) ? sameCategory : context.symptoms;
      const counts = new Map<string, { value: unknown; count: number; from: string }>();
      for (const s of pool) {
        const value = valueOf(s);
        if (value === undefined || !field.safeParse(value).success) continue;
        const seen = counts.get(JSON.stringify(value));
        if (seen) seen.count++;
        else counts.set(JSON.stringify(value), { value, count: 1, from: s.id });
      }
      const best = [...counts.values()].sort((a, b) => b.count - a.count)[0];
      if (best) {
        draft[key] = best.value;
        copied.push({ field: key, from: best.from });
      }
    }
  }
  const parsed = SymptomFrontmatterSchema.safeParse(draft);
  if (!parsed.success) {
    throw new ScaffoldError(parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(frontmatter)'}: ${i.message}`).join('; '));
  }
  return { frontmatter: parsed.data, copied };
}

/** The whole .mdx file: frontmatter, the four sections a symptom page has, and one example <Step>. */
export function scaffoldSymptomPage(page: NewSymptom, context: ScaffoldContext): { text: string; copied: CopiedField[] } {
  const { frontmatter: data, copied } = scaffoldFrontmatter(page, context);
  const frontmatter = YAML.stringify(data, { lineWidth: 0 }).trimEnd();
  const text = `---
${frontmatter}
---

## What you see

${TODO} the error or behaviour, in the admin's words. Put error text in a fenced block:

\`\`\`text
${page.errors?.[0] ?? 'The exact text the product prints'}
\`\`\`

## Why it happens

${TODO} the cause, in a few sentences.

## Fix

<Step id="first-step" title="${TODO} the first thing to do">

${TODO} one action per step. Commands go in fenced blocks with a language (\`powershell\`, \`xml\`, \`json\`, \`text\`);
keep \`{placeholders}\` inside backticks. The step id is its permanent link: choose it once.

</Step>

## Confirm it worked

${TODO} what the admin sees once it is fixed.
`;
  return { text, copied };
}

export type TreeQuestion = {
  tree: string;
  file: string;
  node: string;
  question: string;
  /** How many of the question's answers already lead to pages of the category. */
  sameCategory: number;
};

/**
 * Tree questions that could lead to a new page of `category`: those whose answers already lead to
 * pages of that category, the most such answers first.
 */
export function treeQuestionsFor(kb: KnowledgeBase, category: CategoryKey, max = 3): TreeQuestion[] {
  const categoryOf = new Map(kb.symptoms.map((s) => [s.id, s.category]));
  const found: TreeQuestion[] = [];
  for (const tree of kb.trees) {
    for (const [key, node] of Object.entries(tree.nodes)) {
      const sameCategory = node.answers.filter((a) => a.symptom !== undefined && categoryOf.get(a.symptom) === category).length;
      if (sameCategory > 0) found.push({ tree: tree.id, file: tree.file, node: key, question: node.question, sameCategory });
    }
  }
  return found.sort((a, b) => b.sameCategory - a.sameCategory || a.tree.localeCompare(b.tree)).slice(0, max);
}

/** The YAML an author adds under a question's `answers:` to make a tree lead to the page. */
export const treeAnswerYaml = (title: string, id: string): string =>
  YAML.stringify([{ label: title, symptom: id }], { lineWidth: 0 }).trimEnd();

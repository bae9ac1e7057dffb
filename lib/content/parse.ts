/**
 * Turns the text of one content file into data, collecting problems instead of throwing.
 * Pure: no file system here (lib/content/load.ts reads files).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import YAML, { isPair, isScalar, isSeq } from 'yaml';
import type { z } from 'zod';
import { AnswerSchema, DecisionNodeSchema, EMPTY_VOCABULARY, StepSchema, SymptomFrontmatterSchema, TreeSchema, UNSAFE_KEYS, VocabularySchema, type Step, type Symptom, type Tree, type TreeSource, type Vocabulary } from './schema';
import { messages, oneLine, type ContentProblem } from './problems';
import { scanPage, scanYaml } from './limits';
import { checkPrivilegedSteps, checkSourceAnchor } from './support-rules';

/** Components an MDX body may use; components/mdx maps each to React. */
export const ALLOWED_COMPONENTS = ['Step', 'Warning', 'Note'] as const;

/** An internal link found in a body, checked later against every page and step. */
export type InternalLink = { file: string; url: string };

/**
 * What a page that did not parse says about itself (its id if the frontmatter shows one, and the slug its
 * file name gives), so that other files' references to it are not reported as problems of their own:
 * they follow from this one and would bury it.
 */
export type UnparsedIdentity = { id?: string; slug: string };

export type ParsedSymptom = { symptom: Symptom | null; links: InternalLink[]; problems: ContentProblem[]; unparsed?: UnparsedIdentity };

type MdNode = {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdNode[];
  position?: { start: { line: number }; end: { line: number } };
};

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

export const zodProblems = (file: string, error: z.ZodError): ContentProblem[] =>
  error.issues.map((issue) => ({
    file,
    field: issue.path.map(String).join('.') || '(frontmatter)',
    message: issue.message,
  }));

/** Pre-order, without recursion: the tree's depth is limited (lib/content/limits.ts), but the walk needn't rely on it. */
const walk = (root: MdNode, visit: (n: MdNode) => void): void => {
  const stack = [root];
  while (stack.length) {
    const node = stack.pop()!;
    visit(node);
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
};

/**
 * Where a body may point: web and mail addresses, pages of this site, and anchors on this page. Anything
 * else (javascript:, data:, vbscript:, file:, protocol-relative //host) would run or load something
 * the reader did not choose, and reaches out/ verbatim.
 */
export const isAllowedUrl = (url: string): boolean =>
  !/[\u0000-\u0020\u007f]/.test(url.trim()) && /^(?:https?:\/\/[^/\\]|mailto:[^\s]|\/(?![/\\])|#)/i.test(url.trim());

/**
 * YAML text → data, or the problems: too deeply nested (checked before the parser), the first syntax
 * error on one line (later ones usually follow from it), and every unsafe key by its path.
 */
export function parseYaml(text: string, kind: 'tree' | 'frontmatter'): { data: unknown; problems: Array<{ field: string; message: string }> } {
  const field = kind === 'tree' ? '(file)' : '(frontmatter)';
  const tooDeep = scanYaml(text, kind);
  if (tooDeep) return { data: undefined, problems: [{ field, message: tooDeep }] };
  const doc = YAML.parseDocument(text);
  const [error] = doc.errors;
  if (error) return { data: undefined, problems: [{ field, message: messages.badYaml(error.message) }] };
  const problems: Array<{ field: string; message: string }> = [];
  YAML.visit(doc, {
    Pair(_, pair, path) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined || !UNSAFE_KEYS.has(key)) return;
      const at = path.flatMap((node, i) =>
        isPair(node) && isScalar(node.key) ? [String(node.key.value)] : isSeq(node) ? [String(node.items.indexOf(path[i + 1] as never))] : [],
      );
      problems.push({ field: [...at, key].join('.'), message: messages.unsafeKey(key) });
    },
  });
  if (problems.length) return { data: undefined, problems };
  try {
    return { data: doc.toJS(), problems };
  } catch (err) {
    // e.g. more aliases than the yaml library allows (a "billion laughs" document).
    return { data: undefined, problems: [{ field, message: messages.badYaml(oneLine((err as Error).message)) }] };
  }
}

/** The id a page's frontmatter states, read without parsing it (for pages that do not parse). */
const statedId = (text: string): string | undefined => /^id:\s*["']?(PT-\d{4})["']?\s*$/m.exec(text.slice(0, 4096))?.[1];
const fileSlugOf = (file: string): string => file.replace(/^.*\//, '').replace(/\.mdx?$/, '');

/** A parser that throws anyway (a case the limits did not foresee) is one problem of that file, not a crash. */
const uncheckable = (file: string, err: unknown): ContentProblem => ({
  file,
  field: '(file)',
  message: messages.uncheckable(oneLine(err instanceof Error ? err.message : String(err)).slice(0, 200)),
});

const literalAttr = (node: MdNode, name: string): string | undefined => {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
};

export function parseSymptomFile(file: string, text: string): ParsedSymptom {
  let parsed: ParsedSymptom;
  try {
    parsed = parseSymptomText(file, text);
  } catch (err) {
    parsed = { symptom: null, links: [], problems: [uncheckable(file, err)] };
  }
  return parsed.symptom ? parsed : { ...parsed, unparsed: { id: statedId(text), slug: fileSlugOf(file) } };
}

function parseSymptomText(file: string, text: string): ParsedSymptom {
  const problems: ContentProblem[] = [];
  const links: InternalLink[] = [];
  const refused = scanPage(text);
  if (refused) return { symptom: null, links, problems: [{ file, field: '(file)', message: refused }] };
  let tree: MdNode;
  try {
    tree = processor.parse(text) as unknown as MdNode;
  } catch (err) {
    const e = err as { message?: string; line?: number };
    const where = e.line ? `line ${e.line}: ` : '';
    return { symptom: null, links, problems: [{ file, field: 'body', message: messages.mdxSyntax(where + (e.message ?? String(err))) }] };
  }

  const yamlNode = tree.children?.[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (!yamlNode) return { symptom: null, links, problems: [{ file, field: '(frontmatter)', message: messages.noFrontmatter }] };

  const yaml = parseYaml(yamlNode.value ?? '', 'frontmatter');
  if (yaml.problems.length) return { symptom: null, links, problems: yaml.problems.map((p) => ({ file, ...p })) };
  const data = yaml.data;
  const fm = SymptomFrontmatterSchema.safeParse(data ?? {});
  if (!fm.success) problems.push(...zodProblems(file, fm.error));

  const steps: Step[] = [];
  const seenSteps = new Set<string>();
  walk(tree, (node) => {
    const line = node.position ? ` (line ${node.position.start.line})` : '';
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (!(ALLOWED_COMPONENTS as readonly string[]).includes(name)) {
        problems.push({ file, field: 'body', message: messages.unknownComponent(name || 'fragment', ALLOWED_COMPONENTS) + line });
        return;
      }
      if (name === 'Step') {
        const step = StepSchema.safeParse({ id: literalAttr(node, 'id'), title: literalAttr(node, 'title') });
        if (!step.success) {
          for (const attr of ['id', 'title'] as const) {
            if (step.error.issues.some((i) => i.path[0] === attr)) {
              problems.push({ file, field: `body.Step${line}`, message: messages.stepAttr(attr) });
            }
          }
        } else if (seenSteps.has(step.data.id)) {
          problems.push({ file, field: `body.Step.${step.data.id}`, message: messages.duplicateStep(step.data.id) });
        } else {
          seenSteps.add(step.data.id);
          steps.push(step.data);
        }
      }
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'mdxjsEsm') {
      problems.push({ file, field: 'body', message: `expressions, imports and exports are not allowed in content${line}; put braces inside \`code\`` });
    } else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url !== undefined) {
      const kind = node.type === 'image' ? 'image' : node.type === 'definition' ? 'link definition' : 'link';
      if (!isAllowedUrl(node.url)) problems.push({ file, field: 'body', message: messages.unsafeUrl(kind, node.url) + line });
      else if (node.url.startsWith('/')) links.push({ file, url: node.url });
    }
  });
  if (steps.length === 0) problems.push({ file, field: 'body', message: messages.noSteps });
  problems.push(...checkPrivilegedSteps(file, tree), ...(fm.success ? checkSourceAnchor(file, fm.data.source) : []));

  if (!fm.success) return { symptom: null, links, problems };
  const fileSlug = fileSlugOf(file);
  if (fm.data.slug !== fileSlug) problems.push({ file, field: 'slug', message: messages.slugNotFileName(fm.data.slug, fileSlug) });

  const bodyStart = yamlNode.position ? text.split('\n').slice(yamlNode.position.end.line).join('\n') : text;
  const bodyText = (tree.children ?? [])
    .filter((c) => c.type !== 'yaml')
    .map((c) => toString(c as Parameters<typeof toString>[0]))
    .join('\n');
  return { symptom: { ...fm.data, file, body: bodyStart.replace(/^\n+/, ''), bodyText, steps }, links, problems };
}

/** `unparsed`: the id (from the file name) of a tree that could not be read at all; see UnparsedIdentity. */
export type ParsedTree = { tree: Tree | null; problems: ContentProblem[]; unparsed?: string };

export function parseTreeFile(file: string, text: string): ParsedTree {
  let parsed: ParsedTree;
  try {
    parsed = parseTreeText(file, text);
  } catch (err) {
    parsed = { tree: null, problems: [uncheckable(file, err)] };
  }
  return parsed.tree ? parsed : { ...parsed, unparsed: file.replace(/^.*\//, '').replace(/\.ya?ml$/, '') };
}

function parseTreeText(file: string, text: string): ParsedTree {
  const yaml = parseYaml(text, 'tree');
  if (yaml.problems.length) return { tree: null, problems: yaml.problems.map((p) => ({ file, ...p })) };
  const data = yaml.data;
  const parsed = TreeSchema.safeParse(data ?? {});
  const problems: ContentProblem[] = parsed.success ? [] : zodProblems(file, parsed.error);
  const tree = parsed.success ? parsed.data : salvageTree(data);
  if (!tree) return { tree: null, problems };
  const fileId = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  if (tree.id !== fileId) problems.push({ file, field: 'id', message: messages.treeIdNotFileName(tree.id, fileId) });
  return { tree: { ...tree, file }, problems };
}

/**
 * Keeps the valid parts of a tree whose schema check failed, so the reference checks (cycles,
 * unreachable nodes, dangling links) still run and the author sees every problem in one pass.
 * The problems themselves were already reported from the full schema check.
 */
function salvageTree(data: unknown): TreeSource | null {
  if (!data || typeof data !== 'object') return null;
  const { nodes: rawNodes, ...rest } = data as { nodes?: unknown };
  const head = TreeSchema.omit({ nodes: true }).safeParse(rest);
  if (!head.success) return null;
  const nodes: TreeSource['nodes'] = {};
  if (rawNodes && typeof rawNodes === 'object') {
    for (const [key, raw] of Object.entries(rawNodes as Record<string, unknown>)) {
      const answers = Array.isArray((raw as { answers?: unknown })?.answers)
        ? ((raw as { answers: unknown[] }).answers.flatMap((a) => {
            const ok = AnswerSchema.safeParse(a);
            return ok.success ? [ok.data] : [];
          }))
        : [];
      const node = DecisionNodeSchema.safeParse({ ...(raw as object), answers });
      if (node.success) nodes[key] = node.data;
    }
  }
  return { ...head.data, nodes };
}

export type ParsedVocabulary = { vocabulary: Vocabulary; problems: ContentProblem[] };

/** content/search/vocabulary.yaml: the search vocabulary shared by every page (schema.ts VocabularySchema). */
export function parseVocabularyFile(file: string, text: string): ParsedVocabulary {
  let data: unknown;
  try {
    data = YAML.parse(text);
  } catch (err) {
    return { vocabulary: EMPTY_VOCABULARY, problems: [{ file, field: '(file)', message: messages.badYaml((err as Error).message) }] };
  }
  const parsed = VocabularySchema.safeParse(data ?? {});
  return parsed.success ? { vocabulary: parsed.data, problems: [] } : { vocabulary: EMPTY_VOCABULARY, problems: zodProblems(file, parsed.error) };
}

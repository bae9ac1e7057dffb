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
import YAML from 'yaml';
import type { z } from 'zod';
import { AnswerSchema, DecisionNodeSchema, EMPTY_VOCABULARY, StepSchema, SymptomFrontmatterSchema, TreeSchema, VocabularySchema, type Step, type Symptom, type Tree, type TreeSource, type Vocabulary } from './schema';
import { messages, type ContentProblem } from './problems';
import { checkPrivilegedSteps, checkSourceAnchor } from './support-rules';

/** Components an MDX body may use; components/mdx maps each to React. */
export const ALLOWED_COMPONENTS = ['Step', 'Warning', 'Note'] as const;

/** An internal link found in a body, checked later against every page and step. */
export type InternalLink = { file: string; url: string };

export type ParsedSymptom = { symptom: Symptom | null; links: InternalLink[]; problems: ContentProblem[] };

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

const walk = (node: MdNode, visit: (n: MdNode) => void): void => {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
};

const literalAttr = (node: MdNode, name: string): string | undefined => {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
};

export function parseSymptomFile(file: string, text: string): ParsedSymptom {
  const problems: ContentProblem[] = [];
  const links: InternalLink[] = [];
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

  let data: unknown;
  try {
    data = YAML.parse(yamlNode.value ?? '');
  } catch (err) {
    return { symptom: null, links, problems: [{ file, field: '(frontmatter)', message: messages.badYaml((err as Error).message) }] };
  }
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
    } else if (node.type === 'link' && node.url && node.url.startsWith('/')) {
      links.push({ file, url: node.url });
    }
  });
  if (steps.length === 0) problems.push({ file, field: 'body', message: messages.noSteps });
  problems.push(...checkPrivilegedSteps(file, tree), ...(fm.success ? checkSourceAnchor(file, fm.data.source) : []));

  if (!fm.success) return { symptom: null, links, problems };
  const fileSlug = file.replace(/^.*\//, '').replace(/\.mdx?$/, '');
  if (fm.data.slug !== fileSlug) problems.push({ file, field: 'slug', message: messages.slugNotFileName(fm.data.slug, fileSlug) });

  const bodyStart = yamlNode.position ? text.split('\n').slice(yamlNode.position.end.line).join('\n') : text;
  const bodyText = (tree.children ?? [])
    .filter((c) => c.type !== 'yaml')
    .map((c) => toString(c as Parameters<typeof toString>[0]))
    .join('\n');
  return { symptom: { ...fm.data, file, body: bodyStart.replace(/^\n+/, ''), bodyText, steps }, links, problems };
}

export type ParsedTree = { tree: Tree | null; problems: ContentProblem[] };

export function parseTreeFile(file: string, text: string): ParsedTree {
  let data: unknown;
  try {
    data = YAML.parse(text);
  } catch (err) {
    return { tree: null, problems: [{ file, field: '(file)', message: messages.badYaml((err as Error).message) }] };
  }
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

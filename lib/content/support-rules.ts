/**
 * Rules a support engineer relies on that a schema cannot express, checked per symptom page so
 * `kb check` reports them like every other problem:
 * - a step that raises privileges carries a <Warning> inside the step itself, where a step permalink
 *   lands (an admin who follows a link to the step must not miss it);
 * - a source link to a Microsoft Learn heading uses the anchor Learn derives from that heading, so
 *   "Based on: …" opens the section it names.
 * Pure: the parsed MDX tree and frontmatter in, problems out.
 */
import { messages, type ContentProblem } from './problems';
import type { Source } from './schema';

/** The parts of an mdast/MDX node these rules read (structurally the same as parse.ts's nodes). */
export type RuleNode = {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: RuleNode[];
};

/**
 * What makes a step privileged. Matched against the step's code and prose (not its <Warning> or
 * <Note>), so a command in a code block and the same action described in words both count.
 */
export const PRIVILEGED_ACTIONS: ReadonlyArray<{ pattern: RegExp; what: string }> = [
  { pattern: /\bSet-ExecutionPolicy\b/i, what: 'sets a PowerShell execution policy' },
  { pattern: /\bicacls\b[^\n]*\/grant\b/i, what: 'grants file-system rights with icacls' },
  { pattern: /\bfull\s?control\b/i, what: 'grants full control' },
  { pattern: /\bdomain[\s-]?admin/i, what: 'names a domain-admin account' },
];

const CALLOUTS = new Set(['Warning', 'Note']);
const isElement = (n: RuleNode, name: string) => (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === name;

/** Text and code of a node, leaving out what sits inside callouts. */
function ownText(node: RuleNode): string {
  if (CALLOUTS.has(node.name ?? '') && node.type.startsWith('mdxJsx')) return '';
  const own = typeof node.value === 'string' && node.type !== 'yaml' ? node.value : '';
  return [own, ...(node.children ?? []).map(ownText)].join('\n');
}

const containsWarning = (node: RuleNode): boolean => isElement(node, 'Warning') || (node.children ?? []).some(containsWarning);

const stepId = (node: RuleNode): string => {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  return typeof attr?.value === 'string' ? attr.value : '?';
};

/** Every <Step> whose content raises privileges must hold a <Warning>. */
export function checkPrivilegedSteps(file: string, tree: RuleNode): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const visit = (node: RuleNode): void => {
    if (isElement(node, 'Step')) {
      const text = (node.children ?? []).map(ownText).join('\n');
      const raised = PRIVILEGED_ACTIONS.filter((a) => a.pattern.test(text)).map((a) => a.what);
      if (raised.length > 0 && !containsWarning(node)) {
        problems.push({ file, field: `body.Step.${stepId(node)}`, message: messages.privilegedStepWithoutWarning(raised) });
      }
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}

/**
 * The anchor Microsoft Learn gives a heading: lower case, punctuation dropped, spaces as hyphens
 * (e.g. "How do I troubleshoot the provisioning agent?" → how-do-i-troubleshoot-the-provisioning-agent).
 */
export const learnHeadingAnchor = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-');

/** A Learn link with an anchor must point at the heading the page names as its section. */
export function checkSourceAnchor(file: string, source: Source): ContentProblem[] {
  const url = new URL(source.url);
  const anchor = decodeURIComponent(url.hash.replace(/^#/, ''));
  if (url.hostname !== 'learn.microsoft.com' || anchor === '') return [];
  const expected = learnHeadingAnchor(source.section);
  return anchor === expected ? [] : [{ file, field: 'source.url', message: messages.sourceAnchorMismatch(anchor, source.section, expected) }];
}

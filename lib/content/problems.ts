/**
 * Content problems and their wording. Every check reports into this shape so an author sees every
 * problem at once, each as `file › field: message` (STYLE: fail once, listing every problem).
 */
export type ContentProblem = { file: string; field: string; message: string };

export const formatProblem = (p: ContentProblem): string =>
  `${p.file} › ${p.field || '(file)'}: ${p.message}`;

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** User-facing messages, kept together so wording stays consistent across checks. */
export const messages = {
  noFrontmatter: 'missing YAML frontmatter (a --- block at the top)',
  badYaml: (detail: string) => `invalid YAML: ${detail}`,
  mdxSyntax: (detail: string) => `MDX does not parse: ${detail}`,
  unknownComponent: (name: string, allowed: readonly string[]) =>
    `unknown component <${name}>; allowed: ${allowed.map((a) => `<${a}>`).join(', ')}`,
  stepAttr: (attr: string) => `<Step> needs a literal ${attr}="..." attribute`,
  duplicateStep: (id: string) => `step id "${id}" is used twice on this page`,
  noSteps: 'a symptom page needs at least one <Step>',
  slugNotFileName: (slug: string, fileSlug: string) =>
    `slug "${slug}" must equal the file name "${fileSlug}"`,
  treeIdNotFileName: (id: string, fileId: string) => `tree id "${id}" must equal the file name "${fileId}"`,
  duplicateId: (id: string, other: string) => `id ${id} is already used by ${other}`,
  duplicateSlug: (slug: string, other: string) => `slug "${slug}" is already used by ${other}`,
  duplicateError: (other: string) => `this error string is already declared by ${other}; declare it on one page`,
  unknownRelated: (id: string) => `related id ${id} is not a symptom`,
  selfRelated: 'a page cannot be related to itself',
  brokenLink: (url: string) => `link ${url} does not resolve to a page`,
  brokenAnchor: (url: string) => `link ${url} names a step that does not exist on that page`,
  unknownNode: (key: string) => `node "${key}" does not exist in this tree`,
  unknownTree: (id: string) => `tree "${id}" does not exist`,
  unknownSymptom: (id: string) => `symptom ${id} does not exist`,
  unknownStep: (id: string, step: string) => `step "${step}" does not exist on symptom ${id}`,
  unreachableNode: (key: string) => `node "${key}" cannot be reached from the root`,
  nodeCycle: (cycle: string[]) => `cycle: ${cycle.join(' → ')}`,
  treeCycle: (cycle: string[]) => `trees link in a cycle: ${cycle.join(' → ')}`,
  duplicateTarget: (target: string) => `two answers lead to ${target}; merge them`,
  entryCount: (n: number) => `exactly one tree must have entry: true (found ${n})`,
  unreachableTree: (id: string) => `tree "${id}" cannot be reached from the entry tree`,
  orphanSymptom: (id: string) => `symptom ${id} is not reached by any tree`,
  privilegedStepWithoutWarning: (what: readonly string[]) =>
    `this step ${what.join(' and ')} but has no <Warning> inside it; say how far to go, that it is a stop-gap where it is one, and how to undo it`,
  sourceAnchorMismatch: (anchor: string, section: string, expected: string) =>
    `anchor #${anchor} is not the heading "${section}" (Microsoft Learn's anchor for it is #${expected})`,
} as const;

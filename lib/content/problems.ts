/**
 * Content problems and their wording. Every check reports into this shape so an author sees every
 * problem at once, each as `file › field: message` (STYLE: fail once, listing every problem).
 */
export type ContentProblem = { file: string; field: string; message: string };

/**
 * One problem is one line, whatever it quotes: a YAML error's code frame, a file name with a newline
 * in it. Line breaks and other control characters are shown as spaces or escapes, never printed.
 */
export const oneLine = (text: string): string =>
  text
    .replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .trim();

/** Quotes author text (a URL, a key) inside a message: one line, and cut short when long. */
export const quote = (text: string, max = 80): string => {
  const line = oneLine(text);
  return JSON.stringify(line.length > max ? `${line.slice(0, max - 1)}…` : line);
};

export const formatProblem = (p: ContentProblem): string =>
  `${oneLine(p.file)} › ${oneLine(p.field) || '(file)'}: ${oneLine(p.message)}`;

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
  /** The yaml library's first line names the problem and its line and column; the rest is a code frame. */
  badYaml: (detail: string) => `invalid YAML: ${detail.split('\n')[0]!.replace(/:$/, '')}`,
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
  /** Said in each entry tree's file, so whichever file just gained `entry: true` is named. */
  extraEntry: (others: string[]) => `exactly one tree must have entry: true; ${others.join(', ')} also ${others.length === 1 ? 'has' : 'have'} it`,
  // File problems: each file is answered with a listed problem, never a stack trace, and in bounded time.
  contentFolderMissing: 'the content folder does not exist',
  contentFolderNotFolder: 'the content path is a file, not a folder',
  notAFile: (kind: string) => `is a ${kind}; content files must be plain files`,
  unreadable: (reason: string) => `cannot be read: ${reason}`,
  tooLarge: (bytes: number, limit: number) =>
    `is ${Math.ceil(bytes / 1024)} KB; the limit is ${limit / 1024} KB per file (split the page or move logs to a linked file)`,
  tooDeep: (what: string, depth: number, limit: number) => `${what} nested ${depth} deep; the limit is ${limit}`,
  tooManyLinks: (count: number, limit: number) => `has ${count} links; the limit is ${limit} per page`,
  notText: 'is not UTF-8 text (it contains NUL bytes)',
  uncheckable: (reason: string) => `could not be checked: ${reason}`,
  unsafeUrl: (kind: string, url: string) =>
    `${kind} ${quote(url)} is not allowed: use an http: https: or mailto: address, a site path starting with /, or a #anchor`,
  unsafeKey: (key: string) => `the key ${quote(key)} is not allowed (it names a built-in property of every object); rename it`,
  unreachableTree: (id: string) => `tree "${id}" cannot be reached from the entry tree`,
  orphanSymptom: (id: string) => `symptom ${id} is not reached by any tree`,
  privilegedStepWithoutWarning: (what: readonly string[]) =>
    `this step ${what.join(' and ')} but has no <Warning> inside it; say how far to go, that it is a stop-gap where it is one, and how to undo it`,
  sourceAnchorMismatch: (anchor: string, section: string, expected: string) =>
    `anchor #${anchor} is not the heading "${section}" (Microsoft Learn's anchor for it is #${expected})`,
} as const;

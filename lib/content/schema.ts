/**
 * The one schema for content. Every type the site, the CLI and the search engine use for content is
 * inferred from here; nothing else describes a symptom or a tree.
 */
import { z } from 'zod';

/** Categories shown on the home page, in display order. The key is what frontmatter `category` holds. */
export const CATEGORIES = [
  { key: 'test-connection', label: 'Test connection', blurb: 'The portal’s Test connection fails or never succeeds.' },
  { key: 'ecma-host', label: 'ECMA host', blurb: 'The Microsoft ECMA2Host service, its wizard, certificate, logging and cache.' },
  { key: 'provisioning-agent', label: 'Provisioning agent', blurb: 'Installing, registering and starting the Microsoft Entra Connect Provisioning Agent.' },
  { key: 'connectors', label: 'Connectors and exports', blurb: 'Generic SQL and LDAP connector errors, attributes and export failures.' },
  { key: 'logs-and-diagnostics', label: 'Logs and diagnostics', blurb: 'Where the logs are, how to collect them and what the service sends.' },
] as const;

export type CategoryKey = (typeof CATEGORIES)[number]['key'];
const categoryKeys = CATEGORIES.map((c) => c.key) as [CategoryKey, ...CategoryKey[]];

/** Stable short id: `PT-` and four digits. Never reused, never changed. */
export const SymptomIdSchema = z.string().regex(/^PT-\d{4}$/, 'must look like PT-0101');
/** URL segment: lower-case words joined by single hyphens. */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
const nonEmpty = z.string().trim().min(1, 'must not be empty');

/**
 * The official document a page rests on: its publisher and title, the heading of the section the
 * facts come from, and a link (to that heading's anchor when the publisher's anchors can be derived;
 * lib/content/support-rules.ts checks that the anchor matches the heading).
 */
export const SourceSchema = z
  .object({
    publisher: nonEmpty,
    article: nonEmpty,
    section: nonEmpty,
    url: z.url({ protocol: /^https$/, error: 'must be an https:// address' }),
  }, { error: (issue) => (issue.input === undefined ? 'missing: name the official article and section this page rests on (publisher, article, section, url)' : undefined) })
  .strict();
export type Source = z.infer<typeof SourceSchema>;

export const SymptomFrontmatterSchema = z
  .object({
    id: SymptomIdSchema,
    slug: SlugSchema,
    title: nonEmpty,
    summary: nonEmpty,
    category: z.enum(categoryKeys),
    /** Error strings exactly as the product prints them; search and the error index use these. */
    errors: z.array(nonEmpty).default([]),
    /** Other ways admins describe the problem. */
    aliases: z.array(nonEmpty).default([]),
    /** Ids of related symptoms. */
    related: z.array(SymptomIdSchema).default([]),
    /** Slugs this page used to have; each keeps working as a redirect. */
    formerSlugs: z.array(SlugSchema).default([]),
    /** Where the page's facts come from, so a support engineer can cite it in a ticket. */
    source: SourceSchema,
    /** When someone last checked the page against its source. */
    reviewed: z.iso.date({ error: (issue) => (issue.input === undefined ? 'missing: the date the page was last checked against its source, like 2026-11-30' : 'must be an ISO date like 2026-11-30') }),
  })
  .strict();

export type SymptomFrontmatter = z.infer<typeof SymptomFrontmatterSchema>;

/** A fix step, declared in MDX as <Step id="..." title="...">. The id is the permalink anchor. */
export const StepSchema = z.object({ id: SlugSchema, title: nonEmpty });
export type Step = z.infer<typeof StepSchema>;

export type Symptom = SymptomFrontmatter & {
  /** Path relative to the content root, for error messages. */
  file: string;
  /** The MDX body without frontmatter. */
  body: string;
  /** Plain text of the body, for search. */
  bodyText: string;
  steps: Step[];
};

/** Where an answer leads: exactly one of another node, another tree, or a symptom page (optionally one step). */
export const AnswerSchema = z
  .object({
    label: nonEmpty,
    node: SlugSchema.optional(),
    tree: SlugSchema.optional(),
    symptom: SymptomIdSchema.optional(),
    step: SlugSchema.optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    const targets = [a.node, a.tree, a.symptom].filter((t) => t !== undefined).length;
    if (targets !== 1) {
      ctx.addIssue({ code: 'custom', message: 'an answer must lead to exactly one of node, tree or symptom' });
    }
    if (a.step !== undefined && a.symptom === undefined) {
      ctx.addIssue({ code: 'custom', path: ['step'], message: 'step only goes with symptom' });
    }
  });
export type Answer = z.infer<typeof AnswerSchema>;

export const DecisionNodeSchema = z
  .object({
    question: nonEmpty,
    /** Optional short help shown under the question (plain text). */
    help: z.string().optional(),
    answers: z.array(AnswerSchema).min(1, 'a question needs at least one answer'),
  })
  .strict();
export type DecisionNode = z.infer<typeof DecisionNodeSchema>;

export const TreeSchema = z
  .object({
    id: SlugSchema,
    title: nonEmpty,
    summary: nonEmpty,
    /** The single entry tree is where "Start guided troubleshooting" goes. */
    entry: z.boolean().default(false),
    root: SlugSchema,
    nodes: z.record(SlugSchema, DecisionNodeSchema),
  })
  .strict();
export type TreeSource = z.infer<typeof TreeSchema>;
export type Tree = TreeSource & { file: string };

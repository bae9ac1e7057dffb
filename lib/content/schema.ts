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
/**
 * Names no key may have, in any record of the content: in JavaScript each is a built-in property of
 * every object, so a node keyed `constructor` would seem to exist in every tree, and `__proto__` would
 * vanish. lib/content/parse.ts refuses them as YAML keys; slugs (which become keys) refuse them here.
 */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** URL segment: lower-case words joined by single hyphens. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')
  .refine((s) => !UNSAFE_KEYS.has(s), { message: 'is a reserved name (a built-in property of every object); choose another' });
const nonEmpty = z.string().trim().min(1, 'must not be empty');

/**
 * Typed slots an error template may hold. Each reads as any value of its kind in a paste: `{number}`
 * any number (#0, 42, 0x1F), `{guid}` a GUID, `{path}` a Windows path, `{host}` a host name or
 * address, `{connector}` the admin's connector name in `ecma2host_<name>`, `{dn}` an LDAP
 * distinguished name, `{upn}` a user principal name or e-mail address, `{name}` any one word.
 */
export const TEMPLATE_SLOTS = ['number', 'guid', 'path', 'host', 'connector', 'dn', 'upn', 'name'] as const;
export type TemplateSlot = (typeof TEMPLATE_SLOTS)[number];
const SLOT = /\{([^{}\s]{0,40})\}/g;

export const ErrorTemplateSchema = nonEmpty.superRefine((text, ctx) => {
  for (const m of text.matchAll(SLOT)) {
    if (!(TEMPLATE_SLOTS as readonly string[]).includes(m[1] ?? '')) {
      ctx.addIssue({ code: 'custom', message: `unknown slot {${m[1]}}; slots are ${TEMPLATE_SLOTS.map((s) => `{${s}}`).join(', ')}` });
    }
  }
  if (text.replace(SLOT, ' ').trim().split(/\s+/).filter((w) => /[A-Za-z]{2}/.test(w)).length === 0) {
    ctx.addIssue({ code: 'custom', message: 'a template needs at least one word besides its slots' });
  }
});

/**
 * A signal: evidence that is not an error line, declared as fragments that must all appear within a
 * few consecutive lines of a paste ("AADConnectProvisioningAgent" and "Stopped" in a Get-Service
 * table; "RemotePort : 8585" and "TcpTestSucceeded : False" from Test-NetConnection). `means` says in
 * the admin's words what it shows; search shows it as the reason.
 */
export const SignalSchema = z
  .object({
    all: z.array(nonEmpty).min(2, 'a signal needs at least two fragments that appear together'),
    means: nonEmpty,
    /** One of `all` that must be followed, on its line, by a date before today (a certificate's NotAfter). */
    pastDate: nonEmpty.optional(),
    /** Fragments of `all` that must stand on one line of the paste (a table row: the state beside the service's name). */
    sameLine: z.array(nonEmpty).min(2, 'sameLine needs at least two fragments').optional(),
    /**
     * Fragments that, within the same few lines, mean the paste shows something else: the request a
     * host logs as it arrives is not the same request quoted in a failed response ("Response Status Code").
     */
    unless: z.array(nonEmpty).min(1, 'list at least one fragment').optional(),
  })
  .strict()
  .refine((s) => s.pastDate === undefined || s.all.includes(s.pastDate), { message: 'pastDate must be one of the fragments in all', path: ['pastDate'] })
  .refine((s) => s.sameLine === undefined || s.sameLine.every((f) => s.all.includes(f)), { message: 'sameLine must list fragments from all', path: ['sameLine'] })
  .refine((s) => s.unless === undefined || s.unless.every((f) => !s.all.includes(f)), { message: 'unless must not repeat a fragment from all', path: ['unless'] });
export type Signal = z.infer<typeof SignalSchema>;

/**
 * content/search/vocabulary.yaml: what search knows about this product's words, for every page.
 */
export const VocabularySchema = z
  .object({
    /** Another way to say something the pages say: former product names, synonyms. `says` reads as `means`. */
    synonyms: z.array(z.object({ means: nonEmpty, says: z.array(nonEmpty).min(1, 'list at least one other way to say it') }).strict()).default([]),
    /** What comes before the admin's connector name in the ECMA host's endpoints (`ecma2host_<name>`). */
    connectorPrefixes: z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,30}_$/, 'must be letters or digits ending in _')).default([]),
    /** Words that place a paste in this product... */
    ours: z.array(nonEmpty).default([]),
    /** ...and words that place it in another one: with these and none of `ours`, nothing is a confident match. */
    elsewhere: z.array(nonEmpty).default([]),
    /**
     * Sentences Windows, .NET or PowerShell print for many causes ("An error occurred while sending
     * the request."). Inside a declared error they are its frame: a paste that shares only one of them
     * with the error shares the platform, not the error.
     */
    platform: z.array(nonEmpty).default([]),
  })
  .strict();
export type Vocabulary = z.infer<typeof VocabularySchema>;
export const EMPTY_VOCABULARY: Vocabulary = { synonyms: [], connectorPrefixes: [], ours: [], elsewhere: [], platform: [] };

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
    /**
     * Error strings exactly as the product prints them; search and the error index use these. A part
     * that changes from one paste to the next is a typed slot (`{number}`, `{guid}`, `{dn}`…, see
     * TEMPLATE_SLOTS): the search engine reads it as any value of that kind.
     */
    errors: z.array(ErrorTemplateSchema).default([]),
    /** Other ways admins describe the problem. */
    aliases: z.array(nonEmpty).default([]),
    /** Realistic pastes that must land on this page (`kb check` runs them through search). */
    examples: z.array(nonEmpty).default([]),
    /** Near misses (another product, another cause) that must never be a confident match for this page. */
    notFor: z.array(nonEmpty).default([]),
    /** Evidence that is not an error line: a service stopped, a port that does not answer, a status value. */
    signals: z.array(SignalSchema).default([]),
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

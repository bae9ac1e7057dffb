/**
 * The text "Copy for ticket" puts on the clipboard: what a support engineer pastes into a ticket or a
 * change record. Plain text that also reads as Markdown (a title line, then `- ` lists and numbered
 * lists), because ticket systems differ in which of the two they render.
 *
 * Pure: the origin is passed in (the browser's location.origin at click time), because a static build
 * does not know the host it will be served from, and a note copied from staging should link to staging.
 */
import type { Answer, Symptom, Tree } from './content/schema';
import type { SymptomLinkInfo } from './content/query';
import type { WalkState } from './tree/walk';
import { absoluteUrl, goUrl, symptomUrl, treeUrl, type SearchContext, type Trail } from './routes';
import { answerHref, answeredInTree, type TrailStep } from './tree/trail';
import { notableValues } from './search/notable-values';

/** What the note needs from a symptom page (a subset, so a client component can receive it as props). */
export type TicketSymptom = Pick<Symptom, 'id' | 'slug' | 'title' | 'errors' | 'steps' | 'source'>;

/**
 * A value found in the paste (a connector name, host, GUID…). Structurally the search engine's
 * `Extracted`, declared here so lib/ticket does not depend on the engine's internals.
 */
export type TicketValue = { kind: string; value: string };

/** The search that led to the page, when there was one. */
export type TicketSearch = SearchContext & { extracted?: readonly TicketValue[] };

/** Where a walk's answers lead: the table the walk components already have (WalkLinks). */
export type TicketWalkLinks = { symptoms: Record<string, SymptomLinkInfo>; trees: Record<string, string> };

/** Longest line quoted from a paste; the rest of a log belongs in an attachment, not in the note. */
export const PASTE_LINE_MAX_CHARS = 300;

/** The first non-blank line of a paste, trimmed and shortened, or '' when there is none. */
export function firstLineOf(text: string): string {
  const line = text.split(/\r?\n/).map((l) => l.trim()).find((l) => l !== '') ?? '';
  return line.length > PASTE_LINE_MAX_CHARS ? `${line.slice(0, PASTE_LINE_MAX_CHARS - 1)}…` : line;
}

/** The declared error that `error=` names (1-based), or undefined when the number is out of range. */
export const matchedErrorOf = (symptom: Pick<Symptom, 'errors'>, error: number | undefined): string | undefined =>
  error === undefined ? undefined : symptom.errors[error - 1];

/** Most values a note lists; a long log yields many, and the rest are in the paste itself. */
export const TICKET_VALUES_MAX = 8;

/**
 * Text that came from the user (the paste, values from it) or that is quoted verbatim (an error
 * string) as a Markdown code span, so nothing in it renders in a ticket system: no link, image, HTML
 * or emphasis. The fence is one backtick longer than the longest run inside (CommonMark's rule), and
 * padded with a space when the text starts or ends with a backtick. Line breaks become spaces: a code
 * span is one line of the note.
 */
export function quoteVerbatim(text: string): string {
  const line = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...[...line.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') || (line.startsWith(' ') && line.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}

/**
 * One `- label: value` line of the note. `verbatim` values are quoted (quoteVerbatim); the others are
 * the site's own text (titles, links). A new field is one more entry in the lists below.
 */
type NoteField = { label: string; value: string; verbatim?: boolean };
const fieldLine = (f: NoteField): string => `- ${f.label}: ${f.verbatim ? quoteVerbatim(f.value) : f.value}`;

function searchLines(symptom: TicketSymptom, search: TicketSearch | undefined): string[] {
  if (!search) return [];
  const matched = matchedErrorOf(symptom, search.error);
  const pasted = firstLineOf(search.query);
  const values = notableValues(search.extracted ?? [], TICKET_VALUES_MAX);
  const fields: NoteField[] = [
    ...(matched !== undefined ? [{ label: 'Matched error', value: matched, verbatim: true }] : []),
    ...(pasted !== '' ? [{ label: 'Pasted', value: pasted, verbatim: true }] : []),
    ...values.map((v) => ({ label: v.kind, value: v.value, verbatim: true })),
  ];
  return fields.length ? ['', 'From the search:', ...fields.map(fieldLine)] : [];
}

/** The walk that led to a fix: every question with the answer given, each with its address. */
export type TicketWalk = { steps: readonly TrailStep[]; trail: Trail };

const trailLines = (steps: readonly TrailStep[], origin: string): string[] =>
  steps.map((step, i) => `${i + 1}. ${step.question} → ${step.answer} (${absoluteUrl(origin, step.href)})`);

function walkLines(walk: TicketWalk | undefined, origin: string): string[] {
  if (!walk || walk.steps.length === 0) return [];
  return ['', 'Guided troubleshooting answers:', ...trailLines(walk.steps, origin)];
}

export function formatSymptomTicket(symptom: TicketSymptom, origin: string, search?: TicketSearch, walk?: TicketWalk): string {
  const fields: NoteField[] = [
    { label: 'Link', value: absoluteUrl(origin, goUrl(symptom.id)) },
    { label: 'Page', value: absoluteUrl(origin, symptomUrl(symptom.slug)) },
    { label: 'Based on', value: `${[symptom.source.publisher, symptom.source.article, symptom.source.section].join(' › ')}: ${symptom.source.url}` },
  ];
  return [
    `${symptom.id}: ${symptom.title}`,
    ...fields.map(fieldLine),
    ...walkLines(walk, origin),
    ...searchLines(symptom, search),
    '',
    'Steps to try:',
    ...symptom.steps.map((step, i) => `${i + 1}. ${step.title}: ${absoluteUrl(origin, symptomUrl(symptom.slug, step.id))}`),
  ].join('\n');
}

/** Where one answer of the current question leads (its address, from answerHref), as a line of the note. */
function answerLine(answer: Answer, href: string, links: TicketWalkLinks, origin: string): string {
  const url = absoluteUrl(origin, href);
  if (answer.node !== undefined) return `- ${answer.label}: ${url}`;
  if (answer.tree !== undefined) return `- ${answer.label} (opens: ${links.trees[answer.tree] ?? answer.tree}): ${url}`;
  const id = answer.symptom ?? '';
  const info = links.symptoms[id];
  if (!info) return `- ${answer.label}`;
  return `- ${answer.label} (fix: ${id} ${info.title}): ${url}`;
}

/** `before` is the walk in earlier trees: compileTrail of `via`, the trail that led into this tree. */
export function formatWalkTicket(
  tree: Tree,
  state: WalkState,
  links: TicketWalkLinks,
  origin: string,
  walk: { before?: readonly TrailStep[]; via?: Trail } = {},
): string {
  const before = walk.before ?? [];
  const via = walk.via ?? [];
  const answered = [...before, ...answeredInTree(tree, state, via)];
  return [
    `Guided troubleshooting: ${tree.title}`,
    `- Link: ${absoluteUrl(origin, treeUrl(tree.id, state.path, via))}`,
    '',
    ...(answered.length ? ['Answers so far:', ...trailLines(answered, origin), ''] : []),
    `Now at: ${state.current.node.question}`,
    ...state.current.node.answers.map((answer) => answerLine(answer, answerHref(tree, state.path, answer, links.symptoms, via), links, origin)),
  ].join('\n');
}

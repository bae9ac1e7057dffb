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
import { absoluteUrl, goUrl, symptomUrl, treeUrl, type SearchContext } from './routes';
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

function searchLines(symptom: TicketSymptom, search: TicketSearch | undefined): string[] {
  if (!search) return [];
  const matched = matchedErrorOf(symptom, search.error);
  const pasted = firstLineOf(search.query);
  const values = notableValues(search.extracted ?? [], TICKET_VALUES_MAX);
  const lines = [
    ...(matched !== undefined ? [`- Matched error: ${matched}`] : []),
    ...(pasted !== '' ? [`- Pasted: ${pasted}`] : []),
    ...values.map((v) => `- ${v.kind}: ${v.value}`),
  ];
  return lines.length ? ['', 'From the search:', ...lines] : [];
}

export function formatSymptomTicket(symptom: TicketSymptom, origin: string, search?: TicketSearch): string {
  return [
    `${symptom.id}: ${symptom.title}`,
    `- Link: ${absoluteUrl(origin, goUrl(symptom.id))}`,
    `- Page: ${absoluteUrl(origin, symptomUrl(symptom.slug))}`,
    `- Based on: ${[symptom.source.publisher, symptom.source.article, symptom.source.section].join(' › ')}: ${symptom.source.url}`,
    ...searchLines(symptom, search),
    '',
    'Steps to try:',
    ...symptom.steps.map((step, i) => `${i + 1}. ${step.title}: ${absoluteUrl(origin, symptomUrl(symptom.slug, step.id))}`),
  ].join('\n');
}

/** Where one answer of the current question leads, as a line of the note. */
function answerLine(tree: Tree, state: WalkState, answer: Answer, links: TicketWalkLinks, origin: string): string {
  if (answer.node !== undefined) return `- ${answer.label}: ${absoluteUrl(origin, treeUrl(tree.id, [...state.path, answer.node]))}`;
  if (answer.tree !== undefined) {
    return `- ${answer.label} (opens: ${links.trees[answer.tree] ?? answer.tree}): ${absoluteUrl(origin, treeUrl(answer.tree))}`;
  }
  const id = answer.symptom ?? '';
  const info = links.symptoms[id];
  if (!info) return `- ${answer.label}`;
  return `- ${answer.label} (fix: ${id} ${info.title}): ${absoluteUrl(origin, symptomUrl(info.slug, answer.step))}`;
}

export function formatWalkTicket(tree: Tree, state: WalkState, links: TicketWalkLinks, origin: string): string {
  const answered = state.steps.slice(0, -1);
  return [
    `Guided troubleshooting: ${tree.title}`,
    `- Link: ${absoluteUrl(origin, treeUrl(tree.id, state.path))}`,
    '',
    ...(answered.length
      ? ['Answers so far:', ...answered.map((step, i) => `${i + 1}. ${step.node.question} → ${step.answer?.label ?? ''}`), '']
      : []),
    `Now at: ${state.current.node.question}`,
    ...state.current.node.answers.map((answer) => answerLine(tree, state, answer, links, origin)),
  ].join('\n');
}

/**
 * The masked template of a text: what is left once the normaliser has dropped log prefixes and time
 * stamps and masked variables, with each masked variable written as a `{kind}` slot. Two pastes of one
 * error with different hosts, GUIDs or numbers share a template; `kb triage` clusters on it.
 */
import { MASK, normaliseText, type MaskKind } from './normalise';

const SLOT_BY_CHAR = new Map<string, string>((Object.keys(MASK) as MaskKind[]).map((kind) => [MASK[kind], `{${kind}}`]));
const MASK_CHAR = new RegExp(`[${Object.values(MASK).join('')}]`, 'g');

/** `text` normalised as the engine reads it, masked variables as `{guid}`, `{host}`…, whitespace folded. */
export function maskedTemplate(text: string): string {
  return normaliseText(text)
    .text.replace(MASK_CHAR, (ch) => ` ${SLOT_BY_CHAR.get(ch) ?? '{value}'} `)
    .replace(/\s+/g, ' ')
    .trim();
}

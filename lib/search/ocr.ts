/**
 * OCR of a screenshot swaps look-alike characters inside words: "inva1id", "res0urce", "coIlector",
 * "Va1idByLdapStyIe". A run of letters and digits that holds such a swap is read again with the
 * swaps undone (1 → l, 0 → o, a capital I after a lower-case letter → l, a leading l before a
 * consonant → I), and the repaired reading is kept only when more of its words are words of the
 * knowledge base. Replacements are one character for one, so offsets into the user's text stay exact.
 */
import type { MappedText } from './normalise';
import type { Runtime } from './runtime';
import { tokenise } from './tokens';

const RUN = /[A-Za-z0-9]{2,80}/g;
/**
 * A swap candidate: a digit 0 or 1 touching a letter, a capital I right after a lower-case letter, or
 * a word that starts with l and a consonant (no English word does: "lnactive", "ldentity" are I's).
 */
const CONSONANTS = '[bcdfghjkmnpqrstvwxz]';
const SUSPECT = new RegExp(`[a-zA-Z][01]|[01][a-zA-Z]|[a-z]I|(?<![A-Za-z0-9])l${CONSONANTS}`);
const CONSONANT = new RegExp(CONSONANTS);
const memo = new WeakMap<Runtime, Map<string, string | null>>();
const MEMO_LIMIT = 10_000;

function repairRun(run: string): string {
  let out = '';
  for (let i = 0; i < run.length; i++) {
    const c = run[i] ?? '';
    const before = run[i - 1] ?? '';
    const after = run[i + 1] ?? '';
    const letterNear = /[A-Za-z]/.test(before) || /[A-Za-z]/.test(after);
    if (c === '1' && letterNear) out += 'l';
    else if (c === '0' && letterNear) out += /[A-Z]/.test(before) && /[A-Z]|^$/.test(after) ? 'O' : 'o';
    else if (c === 'I' && /[a-z]/.test(before)) out += 'l';
    else if (c === 'l' && i === 0 && CONSONANT.test(after)) out += 'I';
    else out += c;
  }
  return out;
}

/** How many letters of a run read as words of the knowledge base (masks and digits say nothing). */
function knownLetters(rt: Runtime, text: string): number {
  const identity = Int32Array.from({ length: text.length }, (_, i) => i);
  let known = 0;
  for (const t of tokenise({ text, from: identity, to: identity })) {
    if (t.mask === undefined && t.term !== 'number' && rt.termId.has(t.term)) known += t.raw.length;
  }
  return known;
}

export function repairOcr(rt: Runtime, m: MappedText): MappedText {
  if (!SUSPECT.test(m.text)) return m;
  let cache = memo.get(rt);
  if (!cache) {
    cache = new Map();
    memo.set(rt, cache);
  }
  const chars: string[] = [];
  let cursor = 0;
  let changed = false;
  for (const x of m.text.matchAll(RUN)) {
    const run = x[0];
    if (!SUSPECT.test(run)) continue;
    let repaired = cache.get(run);
    if (repaired === undefined) {
      const candidate = repairRun(run);
      repaired = candidate !== run && knownLetters(rt, candidate) > knownLetters(rt, run) ? candidate : null;
      if (cache.size >= MEMO_LIMIT) cache.clear();
      cache.set(run, repaired);
    }
    if (repaired === null) continue;
    chars.push(m.text.slice(cursor, x.index), repaired);
    cursor = x.index + run.length;
    changed = true;
  }
  if (!changed) return m;
  chars.push(m.text.slice(cursor));
  return { text: chars.join(''), from: m.from, to: m.to };
}

/**
 * Signals: evidence that is not an error line (a Get-Service row with one of our services stopped, a
 * Test-NetConnection to the ECMA host's port failing, Graph JSON with an agent inactive). A page
 * declares each as fragments (content: `signals: [{ all: [...], means }]`); a signal is found when all
 * its fragments stand, word for word as written (not merely the same stems), within SIGNAL_LINES
 * consecutive lines of the paste that have words. Linear: each fragment is looked up with indexOf in the paste's term
 * text (tokens.ts termTextOf), built once per query.
 */
import type { Runtime } from './runtime';
import { numberWord, tokenAtOffset, type TermText, type Token } from './tokens';
import { firstDateIsPast } from './dates';
import type { LineSpan } from './segments';
import { SIGNAL_LINES } from './tuning';

export type SignalHit = {
  page: number;
  /** Position in the page's `signals`. */
  signal: number;
  /** 1-based line that holds most of its words (busiestLine). */
  line: number;
  /** Tokens that make up the fragments, for highlighting. */
  tokens: number[];
};

/** `fragments` and `words` are those that make the signal; `unless` and `unlessWords` those that void it. */
type CompiledSignal = { page: number; signal: number; fragments: string[][]; words: string[][]; pastDate: number; sameLine: number[]; unless: string[][]; unlessWords: string[][] };
const compiled = new WeakMap<Runtime, CompiledSignal[]>();

function signalsOf(rt: Runtime): CompiledSignal[] {
  let list = compiled.get(rt);
  if (!list) {
    list = rt.index.pages.flatMap((p, page) =>
      p.signalTerms.map((ids, signal) => {
        const fragments = ids.map((list) => list.map((id) => rt.index.terms[id] ?? ''));
        const words = p.signalWords[signal] ?? [];
        const voids = new Set(p.signalUnless[signal] ?? []);
        const makes = (_: unknown, k: number): boolean => !voids.has(k);
        const voiding = (_: unknown, k: number): boolean => voids.has(k);
        return { page, signal, fragments: fragments.filter(makes), words: words.filter(makes), pastDate: p.signalPastDate[signal] ?? -1, sameLine: p.signalSameLine[signal] ?? [], unless: fragments.filter(voiding), unlessWords: words.filter(voiding) };
      }),
    );
    compiled.set(rt, list);
  }
  return list;
}

/** The paste the tokens came from (its term text, and for what a signal reads beyond its words, a date after NotAfter, the text itself). */
export type SignalText = { input: string; lines: readonly LineSpan[]; terms: TermText; now: number };

/**
 * The line that holds most of a signal's words: the one a ticket quotes. An Event Viewer export starts
 * with "Source: Service Control Manager"; the line that says which service stopped is the evidence.
 */
function busiestLine(tokens: readonly number[], tokenLines: Int32Array): number {
  const count = new Map<number, number>();
  let best = tokenLines[tokens[0] ?? 0] ?? 0;
  for (const t of tokens) {
    const line = tokenLines[t] ?? 0;
    const n = (count.get(line) ?? 0) + 1;
    count.set(line, n);
    if (n > (count.get(best) ?? 0) || (n === count.get(best) && line < best)) best = line;
  }
  return best;
}

export function scanSignals(rt: Runtime, tokens: readonly Token[], tokenLines: Int32Array, source: SignalText): SignalHit[] {
  const signals = signalsOf(rt);
  if (signals.length === 0 || tokens.length === 0) return [];
  const present = new Set<string>();
  for (const t of tokens) present.add(t.term);
  const candidates = signals.filter((s) => s.fragments.every((f) => f.every((t) => present.has(t))));
  if (candidates.length === 0) return [];

  const text = source.terms.text;
  /** The paste's words from `start` are the fragment's as written (a synonym's word stands for any form). */
  const asWritten = (start: number, words: readonly string[]): boolean =>
    words.every((w, k) => {
      const t = tokens[start + k];
      if (w === '' || t === undefined || t.synonym === true) return true;
      return w.startsWith('#') ? numberWord(source.input.slice(t.start, t.end)) === w : t.raw === w;
    });
  /** Token index of every occurrence of a fragment (at most a few hundred: a log repeats itself). */
  const occurrences = (fragment: readonly string[], words: readonly string[]): number[] => {
    const needle = ` ${fragment.join(' ')} `;
    const out: number[] = [];
    for (let at = text.indexOf(needle); at !== -1 && out.length < 512; at = text.indexOf(needle, at + 1)) {
      const start = tokenAtOffset(source.terms, at + 1);
      if (asWritten(start, words)) out.push(start);
    }
    return out;
  };

  // Lines are counted without the blank ones: a copy that doubled every line break (Event Viewer's
  // text pasted through a web form) keeps its fields as close together as the original had them.
  const rows = new Int32Array(tokens.length);
  for (let i = 1; i < tokens.length; i++) rows[i] = (rows[i - 1] ?? 0) + (tokenLines[i] !== tokenLines[i - 1] ? 1 : 0);
  const hits: SignalHit[] = [];
  for (const s of candidates) {
    const found = s.fragments.map((f, k) => occurrences(f, s.words[k] ?? []));
    if (found.some((o) => o.length === 0)) continue;
    // Every other fragment near some occurrence of the first one.
    // A fragment that a past date must follow: only its occurrences with one, on the rest of the line.
    if (s.pastDate >= 0) {
      const length = s.fragments[s.pastDate]?.length ?? 1;
      found[s.pastDate] = (found[s.pastDate] ?? []).filter((t) => {
        const end = tokens[t + length - 1]?.end ?? 0;
        const line = source.lines[tokenLines[t] ?? 0];
        return line !== undefined && firstDateIsPast(source.input.slice(end, Math.min(line.end, end + 200)), source.now);
      });
      if (found[s.pastDate]?.length === 0) continue;
    }
    // Fragments that must share a line: only their occurrences on lines where all of them stand.
    if (s.sameLine.length > 1) {
      const linesOf = (k: number): Set<number> => new Set((found[k] ?? []).map((t) => tokenLines[t] ?? 0));
      const shared = s.sameLine.map(linesOf).reduce((a, b) => new Set([...a].filter((l) => b.has(l))));
      for (const k of s.sameLine) found[k] = (found[k] ?? []).filter((t) => shared.has(tokenLines[t] ?? 0));
      if (shared.size === 0) continue;
    }
    // Fragments that void the signal, wherever they stand (looked up only when they are in the paste).
    const voiding = s.unless.flatMap((f, k) => (f.every((t) => present.has(t)) ? occurrences(f, s.unlessWords[k] ?? []) : []));
    for (const anchor of found[0] ?? []) {
      const row = rows[anchor] ?? 0;
      const near = found.slice(1).map((o) => o.find((t) => Math.abs((rows[t] ?? 0) - row) < SIGNAL_LINES));
      if (near.some((t) => t === undefined)) continue;
      if (voiding.some((t) => Math.abs((rows[t] ?? 0) - row) < SIGNAL_LINES)) continue;
      const starts = [anchor, ...(near as number[])];
      const matched = starts.flatMap((start, k) => Array.from({ length: s.fragments[k]?.length ?? 0 }, (_, j) => start + j));
      hits.push({ page: s.page, signal: s.signal, line: busiestLine(matched, tokenLines) + 1, tokens: matched });
      break;
    }
  }
  return hits;
}

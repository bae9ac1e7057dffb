/**
 * The one line splitter, and the segments a paste is read in. A segment is where one message can
 * stand: a line, a JSON string value, an XML text node. Evidence is gathered per segment and combined
 * by taking the best (match.ts), so a stack trace, an Event Viewer export or a question around an
 * error cannot dilute it. Everything here is linear in the length of the paste.
 */
import type { Token } from './tokens';
import { WINDOW, WINDOW_STEP } from './tuning';

/** A line of the original text, end exclusive and without its break. */
export type LineSpan = { start: number; end: number };

/**
 * Lines of a text: "\n", "\r\n" and a lone "\r" (old Mac exports, some web forms) each end one.
 * The search box and the results list use this too, so a line number means the same everywhere.
 */
export function splitLines(text: string): LineSpan[] {
  const lines: LineSpan[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    lines.push({ start, end: i });
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** The text of 1-based line `line`, trimmed. */
export function lineText(text: string, lines: readonly LineSpan[], line: number): string {
  const span = lines[line - 1];
  return span ? text.slice(span.start, span.end).trim() : '';
}

export type Segment = {
  /** 0-based line the segment starts on. */
  line: number;
  /** First and last token (inclusive). */
  first: number;
  last: number;
};

/** 0-based line of each token, by its start offset (tokens come in text order). */
export function lineOfTokens(lines: readonly LineSpan[], tokens: readonly Token[]): Int32Array {
  const out = new Int32Array(tokens.length);
  let line = 0;
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens[i]?.start ?? 0;
    while (line + 1 < lines.length && (lines[line + 1]?.start ?? 0) <= start) line++;
    out[i] = line;
  }
  return out;
}

/**
 * Between two tokens of one line, whether a structure boundary separates them: the end of a
 * sentence, an XML tag ("…</Data><Data>…") or the end of one JSON string value and the start of the
 * next ('…", "…').
 */
function isStructureBoundary(gap: string): boolean {
  if (gap.length < 2) return false;
  // The end of a sentence: an admin's question after the error is a segment of its own.
  if (/[.!?]\s/.test(gap)) return true;
  if (gap.includes('<') || gap.includes('>')) return true;
  const quote = gap.indexOf('"');
  return quote !== -1 && /"\s{0,8}[,:{}[\]]/.test(gap);
}

/** Cheap test before the slice: a boundary needs one of . ! ? < > or a double quote in the gap. */
function hasBoundaryMark(input: string, from: number, to: number): boolean {
  for (let i = from; i < to && i < from + 64; i++) {
    const c = input.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 60 || c === 62 || c === 34) return true;
  }
  return false;
}

/** Segments of a paste, in order; long ones cut into overlapping windows of tokens. */
export function segmentsOf(input: string, tokens: readonly Token[], lines: Int32Array, rejoins: (before: Token, after: Token) => boolean = () => false): Segment[] {
  const out: Segment[] = [];
  const push = (line: number, first: number, last: number): void => {
    if (last - first + 1 <= WINDOW) out.push({ line, first, last });
    else for (let k = first; k <= last; k += WINDOW_STEP) out.push({ line, first: k, last: Math.min(last, k + WINDOW - 1) });
  };
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const previous = tokens[i - 1];
    const current = tokens[i];
    // A word cut by a hard wrap ("inva" / "lid resource") keeps its two lines in one segment.
    const split =
      !current ||
      !previous ||
      (lines[i] !== lines[i - 1] && !(current.wrapped && rejoins(previous, current))) ||
      (current.start - previous.end >= 2 && hasBoundaryMark(input, previous.end, current.start) && isStructureBoundary(input.slice(previous.end, Math.min(current.start, previous.end + 64))));
    if (split) {
      push(lines[first] ?? 0, first, i - 1);
      first = i;
    }
  }
  return out;
}

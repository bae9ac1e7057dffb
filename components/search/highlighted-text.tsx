/**
 * Shows user text with the matched spans marked. Built from text nodes only, so nothing the user
 * pasted is ever interpreted as HTML.
 */
import type { MatchedSpan } from '@/lib/search';

export function HighlightedText({ text, spans, max = 400 }: { text: string; spans: MatchedSpan[]; max?: number }) {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  // In a pasted log, show only the line of the first match; in a long line, a window around it.
  const first = sorted[0];
  let from = 0;
  let to = text.length;
  if (first && text.length > max) {
    from = text.lastIndexOf('\n', first.start - 1) + 1;
    const lineEnd = text.indexOf('\n', first.start);
    to = lineEnd === -1 ? text.length : lineEnd;
    if (to - from > max) {
      from = Math.max(from, first.start - 80);
      to = Math.min(to, from + max);
    }
  }
  const parts: Array<{ t: string; mark: boolean }> = [];
  let at = from;
  for (const s of sorted) {
    const start = Math.max(s.start, at);
    const end = Math.min(s.end, to);
    if (end <= start) continue;
    if (start > at) parts.push({ t: text.slice(at, start), mark: false });
    parts.push({ t: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < to) parts.push({ t: text.slice(at, to), mark: false });
  return (
    <span className="whitespace-pre-wrap break-words">
      {from > 0 && '…'}
      {parts.map((p, i) =>
        p.mark ? (
          <mark key={i} className="rounded bg-yellow-200 px-0.5 text-slate-900 dark:bg-yellow-600/60 dark:text-white">
            {p.t}
          </mark>
        ) : (
          <span key={i}>{p.t}</span>
        ),
      )}
      {to < text.length && '…'}
    </span>
  );
}

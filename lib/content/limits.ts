/**
 * What a content file may be, checked before any parser sees it, so that `kb check` answers every
 * file in bounded time and never dies inside a parser. The markdown, MDX and YAML parsers recurse per
 * level of nesting (5,000 nested quotes or 3,000 nested <Note>s overflow the stack; a list 1,500 deep
 * or a deep YAML flow runs for minutes or runs out of memory), and micromark rescans a paragraph for
 * every link in it, so thousands of `[a](` take seconds per file. Real pages are a few KB, nest two or
 * three levels and carry a few dozen links; the limits are far above that and far below the harm.
 * Pure: text in, a message or null out (lib/content/load.ts applies the size limit before reading).
 */
import { messages } from './problems';

export const LIMITS = {
  /** A symptom page (frontmatter and body). The largest real page is about 5 KB. */
  pageBytes: 64 * 1024,
  /** A tree file: a few hundred answers fit comfortably. */
  treeBytes: 256 * 1024,
  /** Quotes, lists and components inside each other, and YAML blocks or flows inside each other. */
  nesting: 10,
  /** Links, images and reference definitions on one page. */
  linksPerPage: 200,
} as const;

export type FileKind = 'page' | 'tree';

export function checkFileSize(kind: FileKind, bytes: number): string | null {
  const limit = kind === 'page' ? LIMITS.pageBytes : LIMITS.treeBytes;
  return bytes > limit ? messages.tooLarge(bytes, limit) : null;
}

const byteLength = (text: string): number => new TextEncoder().encode(text).length;

/** Columns of leading white space, a tab counting to the next multiple of 4 (CommonMark's rule). */
function indentOf(line: string): number {
  let col = 0;
  for (const c of line) {
    if (c === ' ') col++;
    else if (c === '\t') col += 4 - (col % 4);
    else break;
  }
  return col;
}

/**
 * Depth of indentation as a stack of indents (as Python reads blocks): a line indented further than
 * the one above opens a level, one indented less closes every level deeper than it.
 */
function indentLevels(): (indent: number) => number {
  const stack: number[] = [0];
  return (indent) => {
    while (indent < stack[stack.length - 1]!) stack.pop();
    if (indent > stack[stack.length - 1]!) stack.push(indent);
    return stack.length - 1;
  };
}

const FENCE = /^\s*(`{3,}|~{3,})/;
/** `>` quote markers and list markers (-, *, +, 1. or 1)) at the start of a line, each opening a level. */
const CONTAINER_PREFIX = /^(?:\s*(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s)))+/;
/** A JSX tag: opening, closing or self-closing (the only HTML-like syntax MDX has). */
const TAG = /<(\/?)([A-Za-z][\w.:-]*)?(?:\s[^<>]*?)?(\/?)>/g;
const LINKISH = /\]\(|\]\[|^\s{0,3}\[[^\]]*\]:/gm;

/** Checks a symptom page's text: size, nesting of quotes, lists and components, and links. */
export function scanPage(text: string): string | null {
  const size = checkFileSize('page', byteLength(text));
  if (size) return size;
  if (text.includes('\u0000')) return messages.notText;

  const lines = text.split('\n');
  let start = 0;
  // Frontmatter is YAML, scanned by scanYaml when it is parsed (lib/content/parse.ts).
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
    if (end > 0) start = end + 1;
  }

  let fence: string | null = null;
  let deepestBlock = 0;
  let tagDepth = 0;
  let deepestTag = 0;
  let links = 0;
  const levels = indentLevels();
  for (const line of lines.slice(start)) {
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    if (line.trim() === '') continue;
    const prefix = CONTAINER_PREFIX.exec(line)?.[0] ?? '';
    const containers = (prefix.match(/>|[-*+]|\d+[.)]/g) ?? []).length;
    deepestBlock = Math.max(deepestBlock, levels(indentOf(line)) + containers);

    const prose = line.replace(/`+[^`]*`+/g, '');
    for (const tag of prose.matchAll(TAG)) {
      if (tag[3]) continue;
      tagDepth = tag[1] ? Math.max(0, tagDepth - 1) : tagDepth + 1;
      deepestTag = Math.max(deepestTag, tagDepth);
    }
    links += (prose.match(LINKISH) ?? []).length;
  }
  if (deepestBlock > LIMITS.nesting) return messages.tooDeep('quotes and lists', deepestBlock, LIMITS.nesting);
  if (deepestTag > LIMITS.nesting) return messages.tooDeep('components', deepestTag, LIMITS.nesting);
  if (links > LIMITS.linksPerPage) return messages.tooManyLinks(links, LIMITS.linksPerPage);
  return null;
}

/** Checks YAML (a tree file, or a page's frontmatter) for nesting: block indentation and [ ] { } flows. */
export function scanYaml(text: string, kind: FileKind | 'frontmatter' = 'frontmatter'): string | null {
  if (kind === 'tree') {
    const size = checkFileSize('tree', byteLength(text));
    if (size) return size;
  }
  if (text.includes('\u0000')) return messages.notText;
  const levels = indentLevels();
  let deepestBlock = 0;
  let deepestFlow = 0;
  // A flow ([ ] or { }) may continue over several lines, so its depth is carried from line to line.
  let flow = 0;
  for (const line of text.split('\n')) {
    const body = line.replace(/^\s*/, '');
    if (body === '' || body.startsWith('#')) continue;
    // "- - - x" opens a sequence per dash, like indentation does.
    const dashes = (/^(?:-\s+)+/.exec(body)?.[0].match(/-/g) ?? []).length;
    deepestBlock = Math.max(deepestBlock, levels(indentOf(line)) + dashes);
    // Brackets inside quoted strings are text, not structure.
    const unquoted = body.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '""');
    for (const c of unquoted) {
      if (c === '#') break;
      if (c === '[' || c === '{') deepestFlow = Math.max(deepestFlow, ++flow);
      else if ((c === ']' || c === '}') && flow > 0) flow--;
    }
  }
  // Block depth counts indentation levels and sequence dashes; a tree file needs about five.
  if (deepestBlock > 2 * LIMITS.nesting) return messages.tooDeep('YAML blocks', deepestBlock, 2 * LIMITS.nesting);
  if (deepestFlow > LIMITS.nesting) return messages.tooDeep('YAML [ ] and { } lists', deepestFlow, LIMITS.nesting);
  return null;
}

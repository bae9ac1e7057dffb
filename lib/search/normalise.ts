/**
 * Normalising a paste (and, identically, every declared error string and page text at build time) so
 * that templates meet templates: "value #0 invalid per syntax" from a log and "value number invalid
 * per syntax" from the docs become the same terms.
 *
 * Every step rewrites a `MappedText`, which remembers for each character the span of the ORIGINAL
 * input it came from. That is what lets a hit report spans that point into the user's own text even
 * after entities were decoded, prefixes dropped and variables masked.
 *
 * Masked variables become one private-use character each (see `MASK`); tokens.ts turns those into
 * mask terms. Every regular expression here is linear: quantifiers are bounded or anchored on a
 * literal, because `matchQuery` must answer a 1 MB paste in bounded time.
 */
import type { Extracted, ExtractedKind } from './types';

export type MappedText = {
  text: string;
  /** Original start offset of each UTF-16 unit of `text`. */
  from: Int32Array;
  /** Original end offset (exclusive) of each UTF-16 unit of `text`. */
  to: Int32Array;
};

/** Private-use characters standing for masked variables. Never produced by folding real text. */
export const MASK = {
  guid: '\uE000',
  url: '\uE001',
  host: '\uE002',
  email: '\uE003',
  dn: '\uE004',
  number: '\uE005',
  connector: '\uE006',
} as const;
export type MaskKind = keyof typeof MASK;

type Edit = { start: number; end: number; insert: string };

export type NormalisedText = MappedText & { extracted: Extracted[] };

function mapIdentity(text: string): MappedText {
  const from = new Int32Array(text.length);
  const to = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    from[i] = i;
    to[i] = i + 1;
  }
  return { text, from, to };
}

/**
 * Applies non-overlapping edits (sorted by start). Inserted characters map to the whole original span
 * they replace, so a mask character "covers" the GUID it stands for.
 */
function applyEdits(m: MappedText, edits: Edit[]): MappedText {
  if (edits.length === 0) return m;
  let length = m.text.length;
  for (const e of edits) length += e.insert.length - (e.end - e.start);
  const from = new Int32Array(length);
  const to = new Int32Array(length);
  const parts: string[] = [];
  let out = 0;
  let cursor = 0;
  const copy = (a: number, b: number): void => {
    if (b <= a) return;
    parts.push(m.text.slice(a, b));
    from.set(m.from.subarray(a, b), out);
    to.set(m.to.subarray(a, b), out);
    out += b - a;
  };
  for (const e of edits) {
    copy(cursor, e.start);
    if (e.insert.length > 0) {
      // A pure insertion (empty range) maps to the point where it was inserted.
      const spanStart = (e.start < m.text.length ? m.from[e.start] : m.to[e.start - 1]) ?? 0;
      const spanEnd = (e.end > e.start ? m.to[e.end - 1] : spanStart) ?? spanStart;
      parts.push(e.insert);
      for (let k = 0; k < e.insert.length; k++) {
        from[out] = spanStart;
        to[out] = spanEnd;
        out++;
      }
    }
    cursor = e.end;
  }
  copy(cursor, m.text.length);
  return { text: parts.join(''), from, to };
}

/** The original text a range of the mapped text came from. */
function originalSlice(original: string, m: MappedText, start: number, end: number): string {
  if (end <= start) return '';
  return original.slice(m.from[start], m.to[end - 1]);
}

// ---------------------------------------------------------------------------------------------------
// Character folding and HTML entities

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', lsquo: '‘',
  rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', laquo: '«', raquo: '»', bull: '•', copy: '©', reg: '®',
};
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

function decodeEntities(m: MappedText): MappedText {
  // Twice, for text that was escaped twice on its way through a ticket system ("&amp;#39;").
  for (let round = 0; round < 2 && m.text.includes('&'); round++) {
    const edits: Edit[] = [];
    for (const x of m.text.matchAll(ENTITY)) {
      let decoded: string | undefined;
      if (x[1] !== undefined || x[2] !== undefined) {
        const code = x[1] !== undefined ? Number.parseInt(x[1], 10) : Number.parseInt(x[2] ?? '', 16);
        decoded = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : ' ';
      } else {
        decoded = NAMED_ENTITIES[(x[3] ?? '').toLowerCase()];
      }
      if (decoded !== undefined) edits.push({ start: x.index, end: x.index + x[0].length, insert: decoded });
    }
    if (edits.length === 0) break;
    m = applyEdits(m, edits);
  }
  return m;
}

// ---------------------------------------------------------------------------------------------------
// URL query strings

/** A URL's query string: "?filter=userName+eq+%22…%22" as logs and browsers print requests. */
const QUERY_STRING = /\?[^\s"'<>?]{1,2048}/g;
const PERCENT_ESCAPE = /%([2-7][0-9A-Fa-f])|\+/g;

/**
 * A request's query string as the ECMA host or a browser logs it reads as the words it encodes
 * ("userName+eq+%22…%22" is `userName eq "…"`): printable ASCII escapes and a plus for a space.
 */
function decodeQueryStrings(m: MappedText): MappedText {
  if (!m.text.includes('?')) return m;
  const edits: Edit[] = [];
  for (const q of m.text.matchAll(QUERY_STRING)) {
    const base = q.index ?? 0;
    for (const x of q[0].matchAll(PERCENT_ESCAPE)) {
      const insert = x[1] === undefined ? ' ' : String.fromCharCode(Number.parseInt(x[1], 16));
      edits.push({ start: base + (x.index ?? 0), end: base + (x.index ?? 0) + x[0].length, insert });
    }
  }
  return applyEdits(m, edits);
}

// ---------------------------------------------------------------------------------------------------
// JSON string escapes

/** One JSON escape: a code unit, or a quote, backslash, slash or control letter. */
const JSON_ESCAPE = /\\(?:u[0-9a-fA-F]{4}|["\\/bfnrt])/g;
const JSON_CONTROL: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: ' ', f: ' ', n: '\n', r: '\n', t: ' ' };
const BACKSLASHES = /\\+/g;

/**
 * Whether a line reads as the inside of a JSON string: its backslashes all escape something (a doubled
 * backslash, a quote, a \uXXXX, a control letter) and none stands alone before a path segment, which is
 * what a real Windows path has ("C:\Program Files" unescaped, "C:\\Program Files" escaped). A lone
 * "\n" or two could be a path ("C:\new"), so control letters alone need company.
 */
function isJsonEscaped(line: string): boolean {
  let strong = 0;
  let doubled = 0;
  let controls = 0;
  for (const x of line.matchAll(BACKSLASHES)) {
    const run = x[0].length;
    const next = line[x.index + run] ?? '';
    if (run % 2 === 0) {
      doubled++;
      continue;
    }
    if (run > 1) doubled++;
    if (next === '"' || (next === 'u' && /^[0-9a-fA-F]{4}/.test(line.slice(x.index + run + 1, x.index + run + 5)))) strong++;
    else if (next === 'n' || next === 'r' || next === 't') controls++;
    else return false;
  }
  return strong > 0 || doubled > 1 || (doubled > 0 && controls > 0) || controls > 1;
}

/**
 * JSON from the provisioning logs or Graph ("reason": "…'file:///C:\\Program Files\\…'", \u0027, \")
 * reads as the text it encodes, line by line, so that a JSON line and a plain line beside it each stay
 * what they are. Twice, for JSON quoted inside JSON.
 */
function unescapeJson(m: MappedText): MappedText {
  for (let round = 0; round < 2 && m.text.includes('\\'); round++) {
    const edits: Edit[] = [];
    for (const line of m.text.matchAll(/[^\r\n]+/g)) {
      if (!line[0].includes('\\') || !isJsonEscaped(line[0])) continue;
      for (const x of line[0].matchAll(JSON_ESCAPE)) {
        const body = x[0].slice(1);
        const insert = body.length === 5 ? String.fromCharCode(Number.parseInt(body.slice(1), 16)) : (JSON_CONTROL[body] ?? ' ');
        edits.push({ start: line.index + x.index, end: line.index + x.index + x[0].length, insert });
      }
    }
    if (edits.length === 0) break;
    m = applyEdits(m, edits);
  }
  return m;
}

/** Folds one character (as a string of one code point) to what a plain ASCII log would say. */
function foldChar(ch: string, code: number): string | null {
  if (code === 0x0d) return '\n';
  if (code < 0x20 && code !== 0x0a && code !== 0x09) return ' ';
  if (code < 0x7f) return null;
  if (code === 0x7f || (code >= 0x80 && code < 0xa0)) return ' ';
  if (code >= 0xe000 && code <= 0xf8ff) return ' '; // private use: reserved for our masks
  if (code >= 0xd800 && code <= 0xdfff) return ' '; // a lone surrogate (binary input)
  switch (ch) {
    case '‘': case '’': case '‚': case '‛': case '′': case '´':
      return "'";
    case '“': case '”': case '„': case '‟': case '″': case '«': case '»':
      return '"';
    case '‐': case '‑': case '‒': case '–': case '—': case '―': case '−': case '⁃':
      return '-';
    case '…':
      return '...';
    case '\u200b': case '\u200c': case '\u200d': case '\u2060': case '\ufeff': case '\u00ad':
      return '';
    default:
      break;
  }
  if (code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000) return ' ';
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0); // full-width ASCII
  return null;
}

const NEEDS_FOLDING = /[^\x20-\x7e\t\n]/;
/** Terminal colour and cursor codes ("\x1b[31;1m") that PowerShell 7 and transcripts leave in a copy. */
const ANSI_ESCAPE = /\x1b\[[0-9;?]{0,32}[ -/]{0,4}[@-~]/g;

function dropTerminalCodes(m: MappedText): MappedText {
  if (!m.text.includes('\x1b')) return m;
  return applyEdits(m, [...m.text.matchAll(ANSI_ESCAPE)].map((x) => ({ start: x.index, end: x.index + x[0].length, insert: '' })));
}

function foldCharacters(m: MappedText): MappedText {
  if (!NEEDS_FOLDING.test(m.text)) return m;
  const edits: Edit[] = [];
  const s = m.text;
  for (let i = 0; i < s.length; ) {
    const code = s.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    // A high surrogate without its low half reads back as itself; treat it as lone.
    const lone = width === 1 && code >= 0xd800 && code <= 0xdfff;
    // "\r\n" is one line break, not two: a wrap must read the same from Windows and from Unix.
    const folded = lone ? ' ' : code === 0x0d && s.charCodeAt(i + 1) === 0x0a ? '' : foldChar(s.slice(i, i + width), code);
    if (folded !== null) edits.push({ start: i, end: i + width, insert: folded });
    i += width;
  }
  return applyEdits(m, edits);
}

// ---------------------------------------------------------------------------------------------------
// Structure: hyphenated wraps and log prefixes

/** "connec-\ntor" → "connector": a word broken by a hyphen at the end of a wrapped line. */
const HYPHEN_WRAP = /(\p{L})-[ \t]{0,16}\n[ \t]{0,16}(?=\p{Ll})/gu;

function rejoinHyphenWraps(m: MappedText): MappedText {
  if (!m.text.includes('-\n') && !/-[ \t]+\n/.test(m.text)) return m;
  const edits: Edit[] = [];
  for (const x of m.text.matchAll(HYPHEN_WRAP)) {
    const start = x.index + (x[1] ?? '').length;
    edits.push({ start, end: x.index + x[0].length, insert: '' });
  }
  return applyEdits(m, edits);
}

// ---------------------------------------------------------------------------------------------------
// Noise that wraps an error: PowerShell's error record, stack frames, Event Viewer's field labels and
// e-mail quote marks. None of it names a problem; all of it would dilute the words that do.

/** PowerShell's "At line:1 char:1", "+ ~~~~", "+ CategoryInfo : …" and "+ FullyQualifiedErrorId : …" lines. */
const POWERSHELL_NOISE = /^[ \t]{0,16}(?:At (?:line:\d{1,9}|[^\n]{1,400}?:\d{1,9}) char:\d{1,9}|\+[ \t]{0,16}~[~ \t]{0,4000}|\+[ \t]{0,16}(?:CategoryInfo|FullyQualifiedErrorId)[ \t]{0,16}:[^\n]{0,4000})[ \t]{0,16}$/gm;
/** The "+ " before the command PowerShell echoes, and a "PS C:\…> " prompt: the command stays. */
const POWERSHELL_PREFIX = /^[ \t]{0,16}(?:\+[ \t]{1,16}|PS [A-Za-z]:[^\n>]{0,260}>[ \t]{0,4})/gm;
/** "--- End of inner exception stack trace ---" and "--- End of stack trace from previous location … ---". */
const STACK_SEPARATOR = /^[ \t]{0,16}---[ \t]{0,4}End of [^\n]{0,160}?---[ \t]{0,16}$/gm;
/** A stack frame: "at Namespace.Type.Method(Type arg, …) in file:line 42". */
const STACK_FRAME = /^([ \t]{0,16}at )([\w.`<>$+|,[\]-]{1,400})\(/gm;
/**
 * Event Viewer's "Copy details as text": labels, and the fields that never say what went wrong.
 * "Computer" stays: its host name is masked like any other, and is worth extracting for a ticket.
 * "Event ID" stays too: a number weighs little, and signals name events by it (7036: a service stopped).
 */
const EVENT_LABEL = /^[ \t]{0,16}(Log Name|Source|Date|Event ID|Task Category|Level|Keywords|User|Computer|OpCode|Description)[ \t]{0,16}:[ \t]{0,16}/gm;
const EVENT_FIELDS_DROPPED = new Set(['Date', 'Task Category', 'Level', 'Keywords', 'User', 'OpCode']);
/** E-mail quote marks ("> > text"). */
const QUOTE_MARKS = /^[ \t]{0,16}(?:>[ \t]?){1,16}/gm;

const lineEnd = (text: string, from: number): number => {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
};

function dropNoise(m: MappedText): MappedText {
  const s = m.text;
  const edits: Edit[] = [];
  if (/^[ \t]*(?:At |\+|PS [A-Za-z]:)/m.test(s)) {
    for (const x of s.matchAll(POWERSHELL_NOISE)) edits.push({ start: x.index, end: x.index + x[0].length, insert: '' });
  }
  if (s.includes('--- End of')) {
    for (const x of s.matchAll(STACK_SEPARATOR)) edits.push({ start: x.index, end: x.index + x[0].length, insert: '' });
  }
  if (/^[ \t]*at \S/m.test(s)) {
    // Only the method name of a frame is kept: its namespace, arguments and source line are the
    // program's furniture, but a method can be the error's own name ("Target Site: ValidByLdapStyle").
    for (const x of s.matchAll(STACK_FRAME)) {
      const name = x[2] ?? '';
      const method = name.slice(name.lastIndexOf('.') + 1);
      const methodStart = x.index + (x[1] ?? '').length + name.length - method.length;
      edits.push({ start: x.index, end: methodStart, insert: '' });
      edits.push({ start: methodStart + method.length, end: lineEnd(s, methodStart), insert: '' });
    }
  }
  // Field labels only where the paste has Event Viewer's shape: "User:" alone may start a sentence.
  const labels = [...s.matchAll(EVENT_LABEL)];
  if (labels.length >= 3) {
    for (const x of labels) {
      const label = x[1] ?? '';
      const end = EVENT_FIELDS_DROPPED.has(label) ? lineEnd(s, x.index) : x.index + x[0].length;
      edits.push({ start: x.index, end, insert: '' });
    }
  }
  if (s.includes('>')) {
    for (const x of s.matchAll(QUOTE_MARKS)) edits.push({ start: x.index, end: x.index + x[0].length, insert: '' });
    for (const x of s.matchAll(POWERSHELL_PREFIX)) edits.push({ start: x.index, end: x.index + x[0].length, insert: '' });
  } else if (s.includes('+')) {
    for (const x of s.matchAll(POWERSHELL_PREFIX)) edits.push({ start: x.index, end: x.index + x[0].length, insert: '' });
  }
  return applyEdits(m, mergeEdits(edits));
}

/** Sorted, and overlapping edits (a frame inside a dropped line) folded into the wider one. */
function mergeEdits(edits: Edit[]): Edit[] {
  edits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Edit[] = [];
  for (const e of edits) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) {
      if (e.end > last.end) last.end = e.end;
      continue;
    }
    if (last && e.start === last.end && e.end === e.start) continue;
    out.push({ ...e });
  }
  return out;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.?';
const WEEKDAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}';
const CLOCK = '\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,9})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?';
const ZONE = '(?:\\s?(?:Z|UTC|GMT|[+-]\\d{2}:?\\d{2})(?![\\w]))?';
const TIMESTAMP_SOURCE = [
  // 2026-01-05T14:22:07.123Z, 2026-01-05 14:22:07Z, 2026-01-05
  `\\d{4}-\\d{2}-\\d{2}(?:[T ]${CLOCK})?${ZONE}`,
  // 2026/01/05 14:22:07
  `\\d{4}/\\d{1,2}/\\d{1,2}(?:[T ]${CLOCK})?${ZONE}`,
  // 10/03/2026 08:09:21 AM, 05.01.2026 14:22:07, 5-1-26
  `\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}(?:,?[ T]${CLOCK})?${ZONE}`,
  // Mon, 05 Jan 2026 14:22:07 GMT and 5 Jan 2026 14:22:07
  `(?:${WEEKDAY},?\\s{1,3})?\\d{1,2}\\s{1,3}${MONTH}\\s{1,3}\\d{4}(?:,?\\s{1,3}${CLOCK})?${ZONE}`,
  // Jan  5 14:22:07 (syslog), Mon Jan 5 14:22:07 2026, January 5, 2026 2:22 PM
  `(?:${WEEKDAY},?\\s{1,3})?${MONTH}\\s{1,3}\\d{1,2}(?:,?\\s{1,3}\\d{4})?,?\\s{1,3}${CLOCK}${ZONE}(?:\\s{1,3}\\d{4}(?!\\d))?`,
  // a bare clock: 14:22:07.123
  `\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?(?:\\s?[AaPp][Mm])?${ZONE}`,
].join('|');

/** No leading look-behind: it would run at every position of a megabyte; see `isStampStart`. */
const TIMESTAMP = new RegExp(`(?:${TIMESTAMP_SOURCE})(?![\\w:])`, 'g');
/** A time stamp does not start in the middle of a word, number, path or version. */
const isStampStart = (text: string, at: number): boolean => at === 0 || !/[\w.:/-]/.test(text[at - 1] ?? '');

const LEVEL = '(?:ERROR|ERR|WARN|WARNING|INFO|INFORMATION|INFORMATIONAL|DEBUG|TRACE|VERBOSE|FATAL|CRITICAL|CRIT|NOTICE|SEVERE)';
const THREAD = '(?:[[(](?:(?:thread|tid|pid|t)[ :#=-]?)?(?:\\d{1,10}|0x[0-9a-f]{1,16})[\\])]|(?:thread|tid|pid)[:#=]\\d{1,10})';
/**
 * A log prefix at the start of a line: time stamp(s), then optionally a level, a thread id and, in the
 * Event Viewer export layout ("…AM  Error  AADConnectProvisioningAgent  message"), one source column
 * separated by two or more spaces. Levels are only dropped here, never mid-sentence.
 */
const LOG_PREFIX = new RegExp(
  `^[ \\t]{0,16}(?:[\\[(]?(?:${TIMESTAMP_SOURCE})[\\])]?[ \\t|,:-]{0,8}){1,3}` +
    `(?:${THREAD}[ \\t|:-]{0,8})?` +
    `(?:(?:[\\[<(]${LEVEL}[\\]>)]|${LEVEL}(?![\\w.]))[ \\t|:-]{0,8}` +
    `(?:${THREAD}[ \\t|:-]{0,8})?(?:[\\w.-]{1,64}(?: {2,}|\\t)(?=\\S))?)?`,
  'gim',
);
/** "[ERROR] …" or "ERROR: …" without a time stamp. Upper case only: "Error code: …" is the error itself. */
const BARE_LEVEL = new RegExp(`^[ \\t]{0,16}(?:\\[${LEVEL}\\]|${LEVEL}:)[ \\t]{0,8}`, 'gm');

function dropLogPrefixes(m: MappedText, original: string, out: Extracted[]): MappedText {
  if (!/\d/.test(m.text) && !/[A-Z]{3}/.test(m.text)) return m;
  const edits: Edit[] = [];
  for (const x of m.text.matchAll(LOG_PREFIX)) {
    if (x[0].length === 0) continue;
    for (const stamp of x[0].matchAll(TIMESTAMP)) {
      if (!isStampStart(x[0], stamp.index)) continue;
      const at = x.index + stamp.index;
      out.push({ kind: 'timestamp', value: originalSlice(original, m, at, at + stamp[0].length) });
    }
    edits.push({ start: x.index, end: x.index + x[0].length, insert: '' });
  }
  m = applyEdits(m, edits);
  const bare: Edit[] = [];
  for (const x of m.text.matchAll(BARE_LEVEL)) bare.push({ start: x.index, end: x.index + x[0].length, insert: '' });
  m = applyEdits(m, bare);
  // Time stamps anywhere else in the text go too: they never help find a page.
  const rest: Edit[] = [];
  for (const x of m.text.matchAll(TIMESTAMP)) {
    if (!isStampStart(m.text, x.index)) continue;
    out.push({ kind: 'timestamp', value: originalSlice(original, m, x.index, x.index + x[0].length) });
    rest.push({ start: x.index, end: x.index + x[0].length, insert: ' ' });
  }
  return applyEdits(m, rest);
}

// ---------------------------------------------------------------------------------------------------
// Variables

type Masker = {
  /** Cheap test that skips the pass entirely for most log lines. */
  quick: (text: string) => boolean;
  run: (m: MappedText, original: string, out: Extracted[]) => Edit[];
};

const URL_PATTERN = /\b(?:https?|ldaps?|ftps?|wss?):\/\/([^\s/"'<>?#\\]{1,256})([^\s"'<>\\]{0,2048})/gi;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}]+$/;

/** Scheme and host become one mask; the path stays, because endpoints (/scim/cache, /Users) are meaningful. */
const maskUrls: Masker = {
  quick: (t) => t.includes('://'),
  run(m, original, out) {
    const edits: Edit[] = [];
    for (const x of m.text.matchAll(URL_PATTERN)) {
      const authority = x[1] ?? '';
      const whole = x[0].replace(TRAILING_PUNCTUATION, '');
      const hostEnd = x.index + x[0].indexOf(authority) + authority.length;
      out.push({ kind: 'url', value: originalSlice(original, m, x.index, x.index + whole.length) });
      const host = authority.replace(/^[^@]*@/, '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
      if (host) out.push({ kind: 'host', value: host });
      edits.push({ start: x.index, end: Math.min(hostEnd, x.index + whole.length), insert: ` ${MASK.url} ` });
    }
    return edits;
  },
};

const DRIVE_PATH = /(?:\bfile:\/{2,3}|(?<![\w\\/]))(?:[A-Za-z]:[\\/]|\\\\[\w.$-]{1,64}[\\/])((?:[^\\/\r\n"'<>|*?:]{1,96}[\\/]){0,64})([^\\/\s"'<>|*?:]{0,255})/g;

/** Windows paths shrink to their file name: the directories are the admin's, the file name is the product's. */
const maskWindowsPaths: Masker = {
  quick: (t) => /[A-Za-z]:[\\/]|\\\\\w/.test(t),
  run(m, original, out) {
    const edits: Edit[] = [];
    for (const x of m.text.matchAll(DRIVE_PATH)) {
      const dirs = x[1] ?? '';
      const name = (x[2] ?? '').replace(TRAILING_PUNCTUATION, '');
      const end = x.index + x[0].length - ((x[2] ?? '').length - name.length);
      out.push({ kind: 'path', value: originalSlice(original, m, x.index, end) });
      const unc = /^\\\\([\w.$-]+)/.exec(x[0].replace(/^file:\/+/i, ''));
      if (unc?.[1]) out.push({ kind: 'host', value: unc[1] });
      let keepFrom = x.index + x[0].length - (x[2] ?? '').length;
      if (name.length === 0) {
        // A folder path: keep its last folder ("…\Microsoft ECMA2Host\" keeps "Microsoft ECMA2Host").
        const segments = dirs.split(/[\\/]/).filter(Boolean);
        const last = segments[segments.length - 1] ?? '';
        keepFrom -= last.length + 1;
      }
      if (keepFrom > x.index) edits.push({ start: x.index, end: keepFrom, insert: ' ' });
    }
    return edits;
  },
};

const UPN_CONTEXT = /(?:\bDN|\bUPN|userPrincipalName|user ?name|\blogin|sign-?in|\baccount)\W{0,4}$/i;
const EMAIL_LOCAL = /[A-Za-z0-9._%+'-]/;
const EMAIL_DOMAIN = /^[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/;

/** Emails and UPNs share a shape; the words just before the address decide which one it is. */
const maskEmails: Masker = {
  quick: (t) => t.includes('@'),
  run(m, original, out) {
    const edits: Edit[] = [];
    const s = m.text;
    let lastEnd = 0;
    // Scanning from each "@" (rather than a regex over the whole text) keeps this linear.
    for (let at = s.indexOf('@'); at !== -1; at = s.indexOf('@', at + 1)) {
      let start = at;
      while (start > lastEnd && at - start < 64 && EMAIL_LOCAL.test(s[start - 1] ?? '')) start--;
      while (start < at && /[.'-]/.test(s[start] ?? '')) start++;
      if (start === at) continue;
      const domain = EMAIL_DOMAIN.exec(s.slice(at + 1, at + 1 + 600));
      if (!domain) continue;
      const domainText = domain[0].replace(/[.-]+$/, '');
      if (!/\.[A-Za-z]{2,}$/.test(domainText)) continue;
      const end = at + 1 + domainText.length;
      const kind: ExtractedKind = UPN_CONTEXT.test(s.slice(Math.max(0, start - 24), start)) ? 'upn' : 'email';
      out.push({ kind, value: originalSlice(original, m, start, end) });
      edits.push({ start, end, insert: MASK.email });
      lastEnd = end;
      at = end - 1;
    }
    return edits;
  },
};

const DN_KEY = '(?:CN|OU|DC|UID|O|L|ST|C)';
const DN_PATTERN = new RegExp(
  `(?<![\\w])(?:${DN_KEY}=[^,=\\r\\n"'<>]{1,128},[ \\t]?){1,32}${DN_KEY}=[^,=\\s"'<>]{1,128}`,
  'gi',
);

const maskDistinguishedNames: Masker = {
  quick: (t) => t.includes('=') && t.includes(','),
  run(m, original, out) {
    const edits: Edit[] = [];
    for (const x of m.text.matchAll(DN_PATTERN)) {
      const value = x[0].replace(TRAILING_PUNCTUATION, '');
      out.push({ kind: 'dn', value: originalSlice(original, m, x.index, x.index + value.length) });
      edits.push({ start: x.index, end: x.index + value.length, insert: MASK.dn });
    }
    return edits;
  },
};

/**
 * The ECMA host names each connector's endpoint `<prefix><name>` (content/search/vocabulary.yaml
 * `connectorPrefixes`, e.g. `ecma2host_`); the name is the admin's choice.
 */
const connectorMasks = new Map<string, Masker>();

function maskConnectorNames(prefixes: readonly string[]): Masker | null {
  const words = prefixes.map((p) => p.replace(/_$/, '')).filter((w) => /^[A-Za-z][A-Za-z0-9]*$/.test(w));
  if (words.length === 0) return null;
  const key = words.join('|');
  const cached = connectorMasks.get(key);
  if (cached) return cached;
  const quick = new RegExp(`(?:${key})_`, 'i');
  const pattern = new RegExp(`\\b(${key})_(\\{?[\\w.-]{1,128}\\}?)`, 'gi');
  const masker: Masker = {
    quick: (t) => quick.test(t),
    run: (m, original, out) => connectorEdits(m, original, out, pattern),
  };
  connectorMasks.set(key, masker);
  return masker;
}

function connectorEdits(m: MappedText, original: string, out: Extracted[], pattern: RegExp): Edit[] {
  {
    const edits: Edit[] = [];
    for (const x of m.text.matchAll(pattern)) {
      const name = (x[2] ?? '').replace(/[.-]+$/, '');
      const start = x.index + (x[1] ?? '').length;
      out.push({ kind: 'connector', value: originalSlice(original, m, start + 1, start + 1 + name.length) });
      edits.push({ start, end: start + 1 + name.length, insert: ` ${MASK.connector}` });
    }
    return edits;
  }
}

const GUID = /(?<![\w-])\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?(?![\w-])/g;

const maskGuids: Masker = {
  quick: (t) => t.includes('-'),
  run(m, original, out) {
    const edits: Edit[] = [];
    for (const x of m.text.matchAll(GUID)) {
      out.push({ kind: 'guid', value: originalSlice(original, m, x.index, x.index + x[0].length).replace(/^\{|\}$/g, '') });
      edits.push({ start: x.index, end: x.index + x[0].length, insert: MASK.guid });
    }
    return edits;
  },
};

/**
 * Bare host names. The top-level domain must be one hosts really use (lower case): otherwise .NET
 * names such as "Microsoft.IAM.Connector.GenericSql.dll" or "System.IO" would read as hosts.
 */
const TLD = '(?:com|net|org|edu|gov|mil|int|io|co|uk|de|fr|nl|be|ch|at|au|ca|us|eu|jp|info|biz|local|lan|internal|intranet|corp|example|test|localdomain|home|cloud|dev)';
const HOST = new RegExp(
  `(?<![\\w.@/-])(?:(?:[A-Za-z0-9-]{1,63}\\.){1,8}${TLD}|localhost|(?:\\d{1,3}\\.){3}\\d{1,3})(?::\\d{1,5})?(?![\\w-]|\\.[A-Za-z0-9])`,
  'g',
);

const maskHosts: Masker = {
  quick: (t) => t.includes('.') || t.includes('localhost'),
  run(m, original, out) {
    const edits: Edit[] = [];
    for (const x of m.text.matchAll(HOST)) {
      out.push({ kind: 'host', value: originalSlice(original, m, x.index, x.index + x[0].length).replace(/:\d+$/, '') });
      edits.push({ start: x.index, end: x.index + x[0].length, insert: MASK.host });
    }
    return edits;
  },
};

/**
 * Numbers become the word "number", deliberately: the product documentation writes its placeholders
 * as words ("value number invalid per syntax") where a real log says "value #0 invalid per syntax".
 */
const NUMBER = /(?<![\p{L}\p{N}_\uE000-\uE0FF])#?(?:0[xX][0-9a-fA-F]{1,16}|\d{1,64}(?:[.,]\d{1,64}){0,8})(?![\p{L}\p{N}_])/gu;

const maskNumbers: Masker = {
  quick: (t) => /\d/.test(t),
  run(m, original, out) {
    const edits: Edit[] = [];
    for (const x of m.text.matchAll(NUMBER)) {
      out.push({ kind: 'number', value: originalSlice(original, m, x.index, x.index + x[0].length) });
      edits.push({ start: x.index, end: x.index + x[0].length, insert: MASK.number });
    }
    return edits;
  },
};

/** Order matters: a URL can hold a connector and a GUID, a path can hold a GUID, a DN can hold digits. */
function maskersFor(connectorPrefixes: readonly string[]): Masker[] {
  const connector = maskConnectorNames(connectorPrefixes);
  return [maskUrls, maskWindowsPaths, maskEmails, maskDistinguishedNames, ...(connector ? [connector] : []), maskGuids, maskHosts, maskNumbers];
}

/** What a typed slot of an error template (schema.ts TEMPLATE_SLOTS) reads as: the mask a real value gets. */
const SLOT_MASKS: Readonly<Record<string, string>> = {
  number: MASK.number,
  guid: MASK.guid,
  host: MASK.host,
  dn: MASK.dn,
  upn: MASK.email,
  connector: MASK.connector,
  // A path shrinks to its file name and a name is one word of the admin's: neither says anything.
  path: ' ',
  name: ' ',
};
const SLOT = /\{([a-z]{1,12})\}/g;

function maskTemplateSlots(m: MappedText): MappedText {
  if (!m.text.includes('{')) return m;
  const edits: Edit[] = [];
  for (const x of m.text.matchAll(SLOT)) {
    const mask = SLOT_MASKS[x[1] ?? ''];
    if (mask !== undefined) edits.push({ start: x.index, end: x.index + x[0].length, insert: mask === ' ' ? ' ' : ` ${mask} ` });
  }
  return applyEdits(m, edits);
}

export type NormaliseOptions = {
  /** content/search/vocabulary.yaml `connectorPrefixes`: names after these are the admin's connector. */
  connectorPrefixes?: readonly string[];
  /** The text is an error template from content: `{number}` and the other slots read as their masks. */
  template?: boolean;
};

/**
 * Normalises text for matching: entities decoded, characters folded, wraps rejoined, log prefixes and
 * time stamps dropped, variables masked; with what was extracted and the map back to `text`.
 */
export function normaliseText(text: string, options: NormaliseOptions = {}): NormalisedText {
  const extracted: Extracted[] = [];
  let m = mapIdentity(text);
  m = decodeEntities(m);
  m = unescapeJson(m);
  m = decodeQueryStrings(m);
  m = dropTerminalCodes(m);
  m = foldCharacters(m);
  // After folding, which turns private-use characters (our masks) into spaces.
  if (options.template) m = maskTemplateSlots(m);
  m = dropNoise(m);
  m = rejoinHyphenWraps(m);
  m = dropLogPrefixes(m, text, extracted);
  for (const masker of maskersFor(options.connectorPrefixes ?? [])) {
    if (!masker.quick(m.text)) continue;
    m = applyEdits(m, masker.run(m, text, extracted));
  }
  return { ...m, extracted };
}

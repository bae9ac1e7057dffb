/**
 * Reading a ticket export: JSON Lines, each line a JSON string (the paste) or an object with `text` and
 * optional `id` (the ticket's own reference) and `date`. A line that cannot be read is listed with its
 * 1-based number and the rest of the export is still read.
 */
import { splitInputLines } from '../lines';

export type Ticket = {
  /** The ticket's own `id`, or `line:<n>` when it has none. */
  id: string;
  /** 1-based line of the export. */
  line: number;
  text: string;
  date?: string;
};

export type UnreadableLine = { line: number; error: string };

/** What is wrong with a line, in the words the report prints. */
export const unreadableMessages = {
  empty: 'empty line',
  binary: 'binary data, not a line of JSON',
  notJson: (detail: string) => `not JSON (${detail})`,
  notTicket: 'expected a JSON string or an object with a "text" string',
  noText: 'object has no "text" string',
  emptyText: 'the ticket text is empty',
  badId: '"id" must be a string or a number',
} as const;

/** C0 controls other than tab, and U+FFFD (what invalid UTF-8 decodes to): raw bytes, not a line of text. */
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/;

type Read = { ticket: Ticket } | { unreadable: UnreadableLine };

export function parseTicketLine(raw: string, line: number): Read {
  const fail = (error: string): Read => ({ unreadable: { line, error } });
  if (raw.trim() === '') return fail(unreadableMessages.empty);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    return fail(BINARY.test(raw) ? unreadableMessages.binary : unreadableMessages.notJson((err as Error).message.split('\n')[0] ?? ''));
  }
  let text: unknown = value;
  let id: string | undefined;
  let date: string | undefined;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    text = record.text;
    if (typeof text !== 'string') return fail(unreadableMessages.noText);
    if (record.id !== undefined && record.id !== null) {
      if (typeof record.id === 'number' && Number.isFinite(record.id)) id = String(record.id);
      else if (typeof record.id === 'string' && record.id.trim() !== '') id = record.id.trim();
      else return fail(unreadableMessages.badId);
    }
    if (typeof record.date === 'string') date = record.date;
  } else if (typeof value !== 'string') {
    return fail(unreadableMessages.notTicket);
  }
  if ((text as string).trim() === '') return fail(unreadableMessages.emptyText);
  return { ticket: { id: id ?? `line:${line}`, line, text: text as string, ...(date ? { date } : {}) } };
}

export function parseTicketExport(text: string): { tickets: Ticket[]; unreadable: UnreadableLine[] } {
  const tickets: Ticket[] = [];
  const unreadable: UnreadableLine[] = [];
  splitInputLines(text).forEach((raw, i) => {
    const read = parseTicketLine(raw, i + 1);
    if ('ticket' in read) tickets.push(read.ticket);
    else unreadable.push(read.unreadable);
  });
  return { tickets, unreadable };
}

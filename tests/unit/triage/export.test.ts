/** Reading a ticket export: every unreadable line listed with its number, the rest still read. */
import { describe, expect, it } from 'vitest';
import { parseTicketExport, unreadableMessages } from '@/lib/triage/export';

describe('parseTicketExport', () => {
  it('reads strings and objects, numbering lines from 1 and naming tickets without an id by their line', () => {
    const text = ['"plain paste"', '{"id":"INC-7","date":"2026-11-30","text":"with id"}', '{"id":42,"text":"numeric id"}'].join('\n') + '\n';
    expect(parseTicketExport(text)).toEqual({
      tickets: [
        { id: 'line:1', line: 1, text: 'plain paste' },
        { id: 'INC-7', line: 2, text: 'with id', date: '2026-11-30' },
        { id: '42', line: 3, text: 'numeric id' },
      ],
      unreadable: [],
    });
  });

  it('lists every line it cannot read, with its number and why, and reads the rest', () => {
    const lines = ['', 'not json', '{"subject":"x"}', '\u0000\u0001raw', '42', '"   "', '{"id":[1],"text":"x"}', '"fine"', '   '];
    const { tickets, unreadable } = parseTicketExport(lines.join('\r\n'));
    expect(tickets.map((t) => t.id)).toEqual(['line:8']);
    expect(unreadable.map((u) => u.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 9]);
    expect(unreadable[0]!.error).toBe(unreadableMessages.empty);
    expect(unreadable[1]!.error).toMatch(/^not JSON \(/);
    expect(unreadable[2]!.error).toBe(unreadableMessages.noText);
    expect(unreadable[3]!.error).toBe(unreadableMessages.binary);
    expect(unreadable[4]!.error).toBe(unreadableMessages.notTicket);
    expect(unreadable[5]!.error).toBe(unreadableMessages.emptyText);
    expect(unreadable[6]!.error).toBe(unreadableMessages.badId);
    for (const u of unreadable) expect(u.error).not.toContain('\n');
  });

  it('ignores a byte-order mark on line 1 and counts a final line break as the end of the last line', () => {
    const { tickets, unreadable } = parseTicketExport('\ufeff"first"\n"second"\n');
    expect(unreadable).toEqual([]);
    expect(tickets.map((t) => [t.line, t.text])).toEqual([
      [1, 'first'],
      [2, 'second'],
    ]);
  });
});

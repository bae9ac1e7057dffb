/**
 * The values from a paste worth showing a person or writing into a ticket: each once, no timestamps
 * (the quoted line already has them) and no small numbers, the most identifying kinds first. Shared
 * by the search results and "Copy for ticket" so both list the same values.
 */
const KIND_ORDER = ['connector', 'host', 'dn', 'upn', 'guid', 'path', 'url', 'email', 'number'];
const rank = (kind: string): number => {
  const i = KIND_ORDER.indexOf(kind);
  return i === -1 ? KIND_ORDER.length : i;
};

/**
 * A number identifies something when it is a code (0x80070005, -2147467259) or has four digits or more
 * (a port, an event ID, a Windows error such as 1053); a log's counts, line numbers and durations do not.
 */
const isNotableNumber = (value: string): boolean => /^0x[0-9a-f]+$/i.test(value) || /^-?\d{4,}$/.test(value);

export function notableValues<T extends { kind: string; value: string }>(values: readonly T[], max: number): T[] {
  const seen = new Set<string>();
  return values
    .filter((v) => v.kind !== 'timestamp' && (v.kind !== 'number' || isNotableNumber(v.value)))
    .filter((v) => !seen.has(`${v.kind}\0${v.value}`) && seen.add(`${v.kind}\0${v.value}`))
    .sort((a, b) => rank(a.kind) - rank(b.kind))
    .slice(0, max);
}

/**
 * The values from a paste worth showing a person or writing into a ticket: each once, no timestamps
 * (the quoted line already has them), the most identifying kinds first. Shared by the search results
 * and "Copy for ticket" so both list the same values.
 */
const KIND_ORDER = ['connector', 'host', 'dn', 'upn', 'guid', 'path', 'url', 'email', 'number'];
const rank = (kind: string): number => {
  const i = KIND_ORDER.indexOf(kind);
  return i === -1 ? KIND_ORDER.length : i;
};

export function notableValues<T extends { kind: string; value: string }>(values: readonly T[], max: number): T[] {
  const seen = new Set<string>();
  return values
    .filter((v) => v.kind !== 'timestamp' && !seen.has(`${v.kind}\0${v.value}`) && seen.add(`${v.kind}\0${v.value}`))
    .sort((a, b) => rank(a.kind) - rank(b.kind))
    .slice(0, max);
}

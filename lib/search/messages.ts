/**
 * Every user-facing sentence the search engine writes, in one place (the page shows `reason` as is).
 */
const percent = (share: number): string => `${Math.round(Math.max(0, Math.min(1, share)) * 100)}%`;
const quote = (text: string, max = 90): string => `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;

export const reasons = {
  error: (error: string, coverage: number): string => `Matches the error ${quote(error)} (${percent(coverage)} of it)`,
  title: (title: string, coverage: number): string => `Matches the title ${quote(title)} (${percent(coverage)} of it)`,
  alias: (alias: string): string => `Matches how admins describe it: ${quote(alias)}`,
  text: (words: readonly string[], fields: readonly string[]): string =>
    words.length === 0
      ? 'Related words on the page'
      : `Mentions ${words.slice(0, 5).map((w) => `"${w}"`).join(', ')} in its ${fields.join(', ')}`,
  line: (line: number, error: string, coverage: number): string => `Line ${line}: ${reasons.error(error, coverage)}`,
  signal: (means: string, line: number | undefined): string => `${line ? `Line ${line}: ` : ''}Shows that ${means.charAt(0).toLowerCase()}${means.slice(1)}`,
  id: (id: string): string => `The page with ID ${id}`,
  elsewhere: (words: readonly string[]): string => `The text names another product (${words.map((w) => `"${w}"`).join(', ')}) and nothing of this one`,
};

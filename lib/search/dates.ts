/**
 * Dates as Windows, PowerShell and OpenSSL print them, for signals that need a date in the past (a
 * certificate's NotAfter). A written date is often ambiguous (11/2/2026 is 2 November in the United
 * States and 11 February in Europe): it counts as past only when every reading of it is.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const valid = (year: number, month: number, day: number): number | undefined => {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1970 || year > 9999) return undefined;
  const t = Date.UTC(year, month - 1, day);
  return new Date(t).getUTCDate() === day ? t : undefined;
};

const OCR_DATE = /(?<![\w])[\dOoIl]{1,4}[./-][\dOoIl]{1,2}[./-][\dOoIl]{2,4}(?!\w)/g;

/** Every day (as UTC midnight, in ms) the first date in `text` can be read as; empty when there is none. */
export function readingsOfFirstDate(raw: string): number[] {
  // A screenshot read by OCR writes 0 as O and 1 as l or I inside a date ("1O/O3/2O26"); the same
  // length, so positions still hold.
  const text = raw.replace(OCR_DATE, (m) => m.replace(/[Oo]/g, '0').replace(/[Il]/g, '1'));
  const found: Array<{ at: number; days: number[] }> = [];
  const iso = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(text);
  if (iso) found.push({ at: iso.index, days: [valid(+iso[1]!, +iso[2]!, +iso[3]!)].filter((t): t is number => t !== undefined) });
  const numeric = /(?<![\d./-])(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)/.exec(text);
  if (numeric) {
    const [a, b, year] = [+numeric[1]!, +numeric[2]!, +numeric[3]!];
    const days = [valid(year, a, b), valid(year, b, a)].filter((t): t is number => t !== undefined);
    found.push({ at: numeric.index, days: [...new Set(days)] });
  }
  // "Oct 14 09:22:40 2026 GMT" (openssl) and "14 Oct 2026" / "Monday, October 14, 2026".
  const named = /\b(?:(\d{1,2})\s+)?([A-Za-z]{3})[a-z]*\.?(?:\s+(\d{1,2}))?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?,?\s+(\d{4})\b/.exec(text);
  if (named) {
    const month = MONTHS.indexOf(named[2]!.toLowerCase()) + 1;
    const day = named[3] !== undefined ? +named[3] : named[1] !== undefined ? +named[1] : NaN;
    const t = month > 0 ? valid(+named[4]!, month, day) : undefined;
    if (t !== undefined) found.push({ at: named.index, days: [t] });
  }
  const first = found.filter((f) => f.days.length > 0).sort((x, y) => x.at - y.at)[0];
  return first?.days ?? [];
}

/** Whether the first date in `text` lies before the day of `now`, however it is read. */
export function firstDateIsPast(text: string, now: number): boolean {
  const days = readingsOfFirstDate(text);
  const at = new Date(now);
  const today = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  return days.length > 0 && days.every((d) => d < today);
}

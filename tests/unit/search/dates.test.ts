/** Dates as Windows, PowerShell and OpenSSL print them (lib/search/dates.ts). */
import { describe, expect, it } from 'vitest';
import { firstDateIsPast, readingsOfFirstDate } from '@/lib/search/dates';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const now = day('2026-11-30') + 9 * 3600_000;

describe('readingsOfFirstDate', () => {
  it.each([
    ['NotAfter   : 14/10/2026 09:22:40', ['2026-10-14']],
    ['14.06.2028 23:59:59', ['2028-06-14']],
    ['notAfter=Oct 14 09:22:40 2026 GMT', ['2026-10-14']],
    ['Monday, November 9, 2026 8:03:12 AM', ['2026-11-09']],
    ['Expires 14 Oct 2026', ['2026-10-14']],
    ['2026-12-01T10:00:00Z', ['2026-12-01']],
    ['11/2/2026 3:27:40 PM', ['2026-11-02', '2026-02-11']],
  ])('%s', (text, expected) => {
    expect(readingsOfFirstDate(text).map((t) => new Date(t).toISOString().slice(0, 10)).sort()).toEqual([...expected].sort());
  });

  it('reads a date that OCR wrote with O for 0 and l or I for 1', () => {
    expect(readingsOfFirstDate('Expires: 1O/O3/2O26')).toEqual(readingsOfFirstDate('Expires: 10/03/2026'));
    expect(readingsOfFirstDate('Expiration date: O9/l4/2O26')).toEqual(readingsOfFirstDate('Expiration date: 09/14/2026'));
    // Words stay words: "Oslo" is not a date.
    expect(readingsOfFirstDate('Office Oslo 2026')).toEqual([]);
  });

  it('finds nothing in text without a date, and refuses impossible ones', () => {
    expect(readingsOfFirstDate('Thumbprint : 7A4C19E2B0D35F68')).toEqual([]);
    expect(readingsOfFirstDate('31/02/2026')).toEqual([]);
  });
});

describe('firstDateIsPast', () => {
  it('a date before today is past; today and later are not', () => {
    expect(firstDateIsPast(' : 14/10/2026 09:22:40', now)).toBe(true);
    expect(firstDateIsPast(' : 2026-11-30', now)).toBe(false);
    expect(firstDateIsPast(' : 14.06.2028', now)).toBe(false);
  });

  it('an ambiguous date is past only when every reading is', () => {
    expect(firstDateIsPast('11/2/2026', now)).toBe(true); // 2 November or 11 February: both past
    expect(firstDateIsPast('12/1/2026', now)).toBe(false); // 1 December is still to come
  });
});

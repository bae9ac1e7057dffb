import { describe, expect, it } from 'vitest';
import { filterErrorRows, type ErrorRow } from '@/lib/error-index';

const rows: ErrorRow[] = [
  { error: 'The remote server returned an error: (401) Unauthorized.', id: 'PT-0104', title: 'Secret token mismatch', url: '/symptoms/secret-token-mismatch/' },
  { error: 'Access to the registry key is denied.', id: 'PT-0402', title: 'Metrics collector cannot start', url: '/symptoms/metrics/' },
  { error: 'Object class is invalid per syntax', id: 'PT-0403', title: 'LDAP export fails', url: '/symptoms/objectclass/' },
];

const ids = (query: string) => filterErrorRows(rows, query).map((r) => r.id);

describe('filterErrorRows', () => {
  it('keeps every row for an empty or blank filter', () => {
    expect(ids('')).toHaveLength(3);
    expect(ids('   \n')).toHaveLength(3);
  });

  it('matches error text, page title and ID, ignoring case', () => {
    expect(ids('UNAUTHORIZED')).toEqual(['PT-0104']);
    expect(ids('metrics collector')).toEqual(['PT-0402']);
    expect(ids('pt-0403')).toEqual(['PT-0403']);
  });

  it('accepts a paste with surrounding whitespace and line breaks inside', () => {
    expect(ids('\n  Access to the registry\n key is denied.  \n')).toEqual(['PT-0402']);
  });

  it('finds an error inside a longer pasted log line', () => {
    expect(ids('2024-05-01 12:00:01 ERROR Object class is invalid per syntax (entry cn=x)')).toEqual(['PT-0403']);
  });

  it('finds nothing for text that is in no row', () => {
    expect(ids('kerberos ticket expired')).toEqual([]);
  });
});

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

describe('filterErrorRows matches like the search normaliser', () => {
  const denied: ErrorRow[] = [
    { error: "Microsoft.IAM.Connector.GenericSql.dll' or one of its dependencies. Access is denied.", id: 'PT-0401', title: 'Generic SQL DLL cannot be loaded', url: '/a/' },
    { error: 'The agent could not reach the service', id: 'PT-0101', title: 'Agent offline', url: '/b/' },
  ];
  const find = (q: string) => filterErrorRows(denied, q).map((r) => r.id);

  it('ignores word order and the words in between', () => {
    expect(find('access denied')).toEqual(['PT-0401']);
    expect(find('denied access')).toEqual(['PT-0401']);
  });

  it('ignores case, spacing and punctuation', () => {
    expect(find('ACCESS   IS, denied!')).toEqual(['PT-0401']);
    expect(find('genericsql dll')).toEqual(['PT-0401']);
  });

  it('takes each line of a pasted log on its own', () => {
    expect(find('2024-05-01 10:00:00 INFO starting\n2024-05-01 10:00:01 ERROR The agent could not reach the service')).toEqual(['PT-0101']);
  });

  it('accepts a half-typed last word and still finds nothing for other words', () => {
    expect(find('access den')).toEqual(['PT-0401']);
    expect(find('access granted')).toEqual([]);
  });
});

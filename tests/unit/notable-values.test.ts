import { describe, expect, it } from 'vitest';
import { notableValues } from '@/lib/search/notable-values';

describe('notableValues', () => {
  it('drops timestamps and repeats, puts the most identifying kinds first, and caps the list', () => {
    const values = [
      { kind: 'timestamp', value: '10/03/2026 08:00:11 AM' },
      { kind: 'email', value: 'a@contoso.example' },
      { kind: 'guid', value: '8646d011-1693-4cd3-9ee6-0d7482ca2219' },
      { kind: 'email', value: 'a@contoso.example' },
      { kind: 'connector', value: 'CORPDB1' },
      { kind: 'host', value: 'app01.corp.example' },
    ];
    expect(notableValues(values, 3)).toEqual([
      { kind: 'connector', value: 'CORPDB1' },
      { kind: 'host', value: 'app01.corp.example' },
      { kind: 'guid', value: '8646d011-1693-4cd3-9ee6-0d7482ca2219' },
    ]);
    expect(notableValues(values, 10)).toHaveLength(4);
  });
});

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

  it('keeps numbers that identify something (codes, ports, event IDs), not a log\'s counts', () => {
    const values = ['0', '2', '330', '8585', '7036', '0x80070005', '-2147467259'].map((value) => ({ kind: 'number', value }));
    expect(notableValues(values, 10).map((v) => v.value)).toEqual(['8585', '7036', '0x80070005', '-2147467259']);
  });
});

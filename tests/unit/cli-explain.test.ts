/** `kb explain` as an author runs it on an error paste: the matched template is named, with its segment. */
import { describe, expect, it } from 'vitest';
import { runKb } from './kb-cli';

const kb = runKb;

type Explained = { verdict: string; candidates: Array<{ id: string; evidence: Array<{ kind: string; text: string; from: unknown }> }> };

describe('kb explain', () => {
  it('names the matched template for an error paste, in text and in JSON', () => {
    const paste = "2026-11-30 10:00:01 [ERROR] Invalid LDAP style of object's DN. DN: pat.lee@contoso.example";
    const json = kb(['explain', '--json', paste]);
    expect(json.status).toBe(0);
    const e = JSON.parse(json.stdout) as Explained;
    expect(e.verdict).toBe('match');
    expect(e.candidates[0]!.id).toBe('PT-0402');
    expect(e.candidates[0]!.evidence[0]).toMatchObject({ kind: 'error', text: "Invalid LDAP style of object's DN" });
    const text = kb(['explain', '-'], `\ufeff${paste}`);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^Verdict: match/);
    expect(text.stdout).toContain("Invalid LDAP style of object's DN");
  });

  it('follows the shared argument rules', () => {
    expect(kb(['explain', '--jsonl', 'x']).stderr).toMatch(/^kb explain: unknown option --jsonl\n$/);
    const none = kb(['explain']);
    expect(none.status).toBe(2);
    expect(none.stderr).toBe('kb explain: needs TEXT, or - to read stdin\n');
  });
});

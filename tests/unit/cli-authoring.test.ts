/** An author mid-way through a page: `kb check` names the example that does not land, while `kb search` and `kb explain` still answer. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runKb } from './kb-cli';

const kb = runKb;

describe('an example that does not land yet', () => {
  it('fails kb check with file › field, and kb search and kb explain still run', () => {
    const content = path.join(mkdtempSync(path.join(tmpdir(), 'kb-authoring-')), 'content');
    cpSync(path.join(repoRoot, 'content'), content, { recursive: true });
    const file = path.join(content, 'symptoms', 'secret-token-mismatch.mdx');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('\nexamples:\n', '\nexamples:\n  - "Invalid LDAP style of object\'s DN. DN: pat.lee@contoso.example"\n'));

    const check = kb(['check', '--content', content]);
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/secret-token-mismatch\.mdx › examples\.0: landed on PT-0402/);

    const search = kb(['search', '--json', '--content', content, "Invalid LDAP style of object's DN. DN: pat.lee@contoso.example"]);
    expect(search.status).toBe(0);
    expect(JSON.parse(search.stdout).results[0].id).toBe('PT-0402');

    const explain = kb(['explain', '--content', content, "Invalid LDAP style of object's DN"]);
    expect(explain.status).toBe(0);
    expect(explain.stdout).toContain('PT-0402');
  });
});

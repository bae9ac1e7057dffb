/** `kb new` in a temporary copy of content/: the page it writes passes `kb check` once a tree leads to it. */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runKb } from './kb-cli';

const kb = runKb;

describe('kb new', () => {
  it('writes a page with the next free id that kb check accepts once a tree leads to it', () => {
    const content = path.join(mkdtempSync(path.join(tmpdir(), 'kb-new-')), 'content');
    cpSync(path.join(repoRoot, 'content'), content, { recursive: true });
    const title = 'Export fails: the process cannot access the file';
    const run = kb(['new', '--title', title, '--category', 'connectors', '--error', 'because it is being used by another process', '--content', content]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const file = path.join(content, 'symptoms', 'export-fails-the-process-cannot-access-the-file.mdx');
    expect(existsSync(file)).toBe(true);
    const id = /^id: (PT-\d{4})$/m.exec(readFileSync(file, 'utf8'))![1]!;
    expect(id).toMatch(/^PT-04\d\d$/);
    expect(run.stdout).toContain(`(${id}, /symptoms/export-fails-the-process-cannot-access-the-file/)`);

    // A second page straight after the first, before any tree leads to either: the next id.
    const second = kb(['new', '--title', 'Export fails: deadlock victim', '--category', 'connectors', '--content', content]);
    expect(second.status).toBe(0);
    const secondId = `PT-${String(Number(id.slice(3)) + 1).padStart(4, '0')}`;
    expect(second.stdout).toContain(`(${secondId}, /symptoms/export-fails-deadlock-victim/)`);
    rmSync(path.join(content, 'symptoms', 'export-fails-deadlock-victim.mdx'));

    // Not yet reached by a tree: exactly that one problem.
    const before = kb(['check', '--content', content]);
    expect(before.status).toBe(1);
    expect(before.stderr.split('\n').filter((l) => l.includes(' › '))).toEqual([`  content/symptoms/export-fails-the-process-cannot-access-the-file.mdx › id: symptom ${id} is not reached by any tree`]);

    // Follow the printed advice: the first suggested question, and the answer YAML as printed.
    const suggestion = /^ {2}(\S+) › nodes\.([a-z0-9-]+): /m.exec(run.stdout)!;
    const answer = run.stdout.slice(run.stdout.indexOf("Add an answer under that question's answers:\n") + "Add an answer under that question's answers:\n".length).split('\n\n')[0]!;
    expect(answer).toContain(`symptom: ${id}`);
    const treeFile = path.join(path.dirname(content), suggestion[1]!);
    const tree = readFileSync(treeFile, 'utf8');
    writeFileSync(treeFile, tree.replace(new RegExp(`(\\n  ${suggestion[2]}:\\n[\\s\\S]*?\\n    answers:\\n)`), `$1${answer}\n`));
    const after = kb(['check', '--content', content]);
    expect(after.stderr).toBe('');
    expect(after.status).toBe(0);

    // The id and the slug are now taken: a second run refuses both, and writes nothing.
    const again = kb(['new', '--title', title, '--category', 'connectors', '--id', id, '--content', content]);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(`kb new: id ${id} is already used by content/symptoms/export-fails-the-process-cannot-access-the-file.mdx; slug "export-fails-the-process-cannot-access-the-file" is already used by content/symptoms/export-fails-the-process-cannot-access-the-file.mdx\n`);
  });

  it('refuses a category that does not exist, naming the ones that do', () => {
    const run = kb(['new', '--title', 'X', '--category', 'misc']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^kb new: --category must be one of test-connection, ecma-host, /);
  });
});

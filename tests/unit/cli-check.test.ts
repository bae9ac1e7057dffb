/** `kb check` as an author runs it: exit codes and every problem listed with its file. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const fixture = (name: string) => path.join(root, 'tests/fixtures/content', name);
const kb = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'bin/kb.ts'), ...args], { cwd: root, encoding: 'utf8' });

describe('kb check', () => {
  it('exits 0 on valid content', () => {
    const run = kb('check', '--content', fixture('a-valid-knowledge-base-passes'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('2 symptoms, 1 trees');
  });

  it('exits 1 and lists every problem class with its file in one run', () => {
    const run = kb('check', '--content', fixture('every-problem-is-listed-in-one-run'));
    expect(run.status).toBe(1);
    const out = run.stderr;
    const expected = [
      'symptoms/missing-summary.mdx › summary:',
      'symptoms/wrong-type.mdx › aliases:',
      'symptoms/twin.mdx › id: id PT-0903 is already used by',
      'symptoms/duplicate-id.mdx › related.0: related id PT-0999 is not a symptom',
      'symptoms/duplicate-id.mdx › body: link /symptoms/no-such-page/ does not resolve',
      'symptoms/duplicate-id.mdx › body: link /symptoms/twin/#missing-step names a step',
      'trees/start.yaml › nodes.where.answers.4: an answer must lead to exactly one',
      'trees/start.yaml › nodes.where.answers.0.node: node "nowhere" does not exist',
      'trees/start.yaml › nodes.where.answers.1.symptom: symptom PT-0777 does not exist',
      'trees/start.yaml › nodes.island: node "island" cannot be reached',
      'trees/start.yaml › nodes.loop-a: cycle: loop-a → loop-b → loop-a',
      'symptoms/orphan.mdx › id: symptom PT-0904 is not reached by any tree',
    ];
    for (const line of expected) expect(out).toContain(line);
  });

  it('checks the real content of this repository', () => {
    const run = kb('check');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('explains a wrong command instead of crashing', () => {
    const run = kb('frobnicate');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown command');
  });
});

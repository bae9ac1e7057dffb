/** `kb check` as an author runs it: exit codes and every problem listed with its file. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '@/lib/content/load';
import { ContentError, formatProblem } from '@/lib/content/problems';
import { repoRoot, runKb } from './kb-cli';

const fixture = (name: string) => path.join(repoRoot, 'tests/fixtures/content', name);
const kb = (...args: string[]) => runKb(args);

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
    const expected = {
      'missing field': 'symptoms/missing-summary.mdx › summary:',
      'wrong type': 'symptoms/wrong-type.mdx › aliases:',
      'duplicate id': 'symptoms/twin.mdx › id: id PT-0903 is already used by',
      'unknown related id': 'symptoms/duplicate-id.mdx › related.0: related id PT-0999 is not a symptom',
      'broken internal link': 'symptoms/duplicate-id.mdx › body: link /symptoms/no-such-page/ does not resolve',
      'broken anchor': 'symptoms/duplicate-id.mdx › body: link /symptoms/twin/#missing-step names a step',
      'error string on two valid pages': 'symptoms/same-error.mdx › errors.0: this error string is already declared by',
      'answer leading nowhere': 'trees/start.yaml › nodes.where.answers.4: an answer must lead to exactly one',
      'dangling node': 'trees/start.yaml › nodes.where.answers.0.node: node "nowhere" does not exist',
      'dangling symptom': 'trees/start.yaml › nodes.where.answers.1.symptom: symptom PT-0777 does not exist',
      'dangling step': 'trees/other.yaml › nodes.q.answers.1.step: step "no-such-step" does not exist on symptom PT-0903',
      'dangling tree': 'trees/other.yaml › nodes.q.answers.0.tree: tree "no-such-tree" does not exist',
      'unreachable node': 'trees/start.yaml › nodes.island: node "island" cannot be reached',
      'cycle in a tree': 'trees/start.yaml › nodes.loop-a: cycle: loop-a → loop-b → loop-a',
      'cycle between trees': 'trees/other.yaml › nodes: trees link in a cycle: other → start → other',
      'orphan symptom': 'symptoms/orphan.mdx › id: symptom PT-0904 is not reached by any tree',
      'no source': 'symptoms/unsourced.mdx › source: missing: name the official article and section',
      'reviewed not an ISO date': 'symptoms/unsourced.mdx › reviewed: must be an ISO date',
      'privileged step without a warning': 'symptoms/unwarned.mdx › body.Step.grant-folder: this step grants file-system rights with icacls but has no <Warning>',
      'source anchor is not its section': 'symptoms/unwarned.mdx › source.url: anchor #agent-failed-to-start is not the heading "Common errors"',
    };
    const missing = Object.entries(expected).filter(([, line]) => !out.includes(line));
    expect(missing).toEqual([]);
  });

  it('stops the build on broken content: the build runs the check first, and the page loader throws every problem', async () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.build).toMatch(/^npm run kb -- check && next build/);
    const run = kb('check', '--content', fixture('every-problem-is-listed-in-one-run'));
    const listed = run.stderr.split('\n').filter((l) => l.includes(' › '));
    expect(listed.length).toBeGreaterThanOrEqual(16);
    // Even `next build` on its own fails: every page calls loadKnowledgeBase, which throws the same list.
    const error: unknown = await loadKnowledgeBase(fixture('every-problem-is-listed-in-one-run')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems.map((p) => `  ${formatProblem(p)}`)).toEqual(listed);
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

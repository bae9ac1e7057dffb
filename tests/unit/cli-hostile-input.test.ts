/**
 * `kb search` with input that could crash a tokenizer or hang a regex: raw bytes on stdin, a megabyte
 * of noisy log, a megabyte with no break, and odd strings through --jsonl. Needs the real search engine
 * (lib/search). Speed is measured by scripts/bench-paste.ts, not asserted here.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '@/lib/content/load';
import { binaryNoise, hostileLog, MEGABYTE, ODD_LINES, oneLongToken } from '../fixtures/hostile-paste';
import { runKb } from './kb-cli';

const kb = runKb;

type Answer = { verdict: string; results: Array<{ id: string; url: string }>; findings: Array<{ id: string }> };

/** Exit 0, nothing on stderr, and stdout is the JSON contract. */
function answerOf(run: ReturnType<typeof kb>): Answer {
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const answer = JSON.parse(run.stdout) as Answer;
  expect(['match', 'ambiguous', 'none']).toContain(answer.verdict);
  expect(Array.isArray(answer.results)).toBe(true);
  return answer;
}

// Each case starts a process and loads the content; a busy 2-core machine needs more than vitest's 5 s.
describe('kb search with hostile input', { timeout: 60_000 }, () => {
  it('finds the one real error in a megabyte of binary noise, emoji, RTL text and regex metacharacters', async () => {
    const symptom = (await loadKnowledgeBase()).symptoms.find((s) => s.errors.length > 0)!;
    const paste = hostileLog(symptom.errors[0]!);
    expect(paste.length).toBeGreaterThanOrEqual(MEGABYTE);
    const answer = answerOf(kb(['search', '--json', '-'], paste));
    expect([...answer.results, ...answer.findings].map((r) => r.id)).toContain(symptom.id);
  });

  it('answers raw bytes that are not UTF-8', () => {
    answerOf(kb(['search', '--json', '-'], binaryNoise()));
  });

  it('answers a megabyte with no space or line break', () => {
    const answer = answerOf(kb(['search', '--json', '-'], oneLongToken()));
    expect(answer.verdict).not.toBe('match');
  });

  it('answers odd strings one per line with --jsonl, including lone surrogates', () => {
    const texts = [...ODD_LINES, '\ud800 lone \udfff surrogates', '\u202E'.repeat(1000), '🔥'.repeat(10_000)];
    const run = kb(['search', '--jsonl'], texts.map((t) => JSON.stringify(t)).join('\n'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(texts.length);
    for (const line of lines) expect(['match', 'ambiguous', 'none']).toContain((JSON.parse(line) as Answer).verdict);
  });
});

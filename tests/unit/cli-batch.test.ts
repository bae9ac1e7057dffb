/**
 * The CLI in batch use (issue 13): a closed pipe ends it quietly, --jsonl answers every input line in
 * order with its number, arguments are parsed strictly, and input has a cap.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const KB = ['--import', 'tsx', path.join(root, 'bin/kb.ts')];
const kb = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [...KB, ...args], { cwd: root, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });

describe('kb on a closed pipe', () => {
  it('exits quietly when the reader stops after one line (| head -1)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-pipe-'));
    const input = path.join(dir, 'pastes.jsonl');
    // Far more output than a pipe buffers, so kb is still writing when head has gone.
    writeFileSync(input, `${JSON.stringify('ValidByLdapStyle')}\n`.repeat(3000));
    const command = `set -o pipefail; "${process.execPath}" ${KB.map((a) => `"${a}"`).join(' ')} search --jsonl < "${input}" | head -1`;
    const run = spawnSync('bash', ['-c', command], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ line: 1, verdict: 'match' });
  });
});

describe('kb search --jsonl', () => {
  it('answers one line per input line, in order, each with its 1-based line: blank, BOM and malformed lines included', () => {
    const input = [
      `\ufeff${JSON.stringify('ValidByLdapStyle')}`,
      '',
      '{"text":"an object, not a string"}',
      'not json at all',
      '   ',
      JSON.stringify('System.ComponentModel.Win32Exception: The specified service already exists'),
      JSON.stringify('ORA-12154: TNS:could not resolve the connect identifier specified'),
    ].join('\r\n');
    const run = kb(['search', '--jsonl', '--limit', '1'], `${input}\n`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const outs = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { line: number; verdict?: string; error?: string; results?: Array<{ id: string }> });
    expect(outs.map((o) => o.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(outs[0]).toMatchObject({ verdict: 'match', results: [{ id: 'PT-0402' }] });
    for (const i of [1, 2, 3, 4]) expect(outs[i]!.error, `line ${i + 1}`).toMatch(/JSON string/);
    expect(outs[5]).toMatchObject({ verdict: 'match', results: [{ id: 'PT-0305' }] });
    expect(outs[6]).toMatchObject({ verdict: 'none', results: [] });
  });

  it('exits 0 when every line was answered', () => {
    const run = kb(['search', '--jsonl'], `${JSON.stringify('ValidByLdapStyle')}\n${JSON.stringify('agent')}\n`);
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
  });
});

describe('strict arguments', () => {
  const refused: Array<[string, string[], RegExp]> = [
    ['two output modes', ['search', '--json', '--jsonl'], /^kb search: --json and --jsonl cannot be used together/],
    ['text with --jsonl', ['search', '--jsonl', 'some text'], /^kb search: --jsonl reads its input from stdin/],
    ['a hexadecimal limit', ['search', '--limit', '0x10', 'x'], /^kb search: --limit takes a whole number from 1 to 100/],
    ['an exponent limit', ['search', '--limit', '1e1', 'x'], /^kb search: --limit takes a whole number/],
    ['a zero limit', ['search', '--limit', '0', 'x'], /^kb search: --limit takes a whole number/],
    ['an unknown option', ['search', '--jsn', 'x'], /^kb search: unknown option --jsn/],
    ['a hexadecimal byte cap', ['search', '--max-bytes', '0x100', 'x'], /^kb search: --max-bytes takes a whole number/],
    ['two triage formats', ['triage', '--json', '--csv', '-'], /^kb triage: --json and --csv cannot be used together/],
    ['triage without a file', ['triage'], /^kb triage: needs FILE, or - to read stdin/],
    ['check with stray text', ['check', 'now'], /^kb check: unexpected argument "now"/],
    ['an unknown command', ['frobnicate'], /^kb: unknown command "frobnicate"/],
  ];
  for (const [what, args, message] of refused) {
    it(`refuses ${what} in one line on stderr, exit 2`, () => {
      const run = kb(args, '');
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    });
  }

  it('prints usage on stderr with exit 2 when called with no arguments, on stdout with exit 0 for --help', () => {
    const none = kb([]);
    expect(none.status).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^Usage:\n {2}kb check/);
    const help = kb(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage:/);
    expect(help.stdout).toContain('kb triage');
    expect(help.stdout).toContain('kb new');
  });
});

describe('the input cap', () => {
  it('refuses stdin over --max-bytes with a clear message, for search and triage', () => {
    const big = 'x'.repeat(5000);
    const search = kb(['search', '--max-bytes', '4096', '-'], big);
    expect(search.status).toBe(1);
    expect(search.stdout).toBe('');
    expect(search.stderr).toMatch(/^kb search: the input on stdin is larger than --max-bytes 4096 .*pass a larger --max-bytes\n$/);
    const triage = kb(['triage', '--max-bytes', '4096', '-'], JSON.stringify(big));
    expect(triage.status).toBe(1);
    expect(triage.stderr).toMatch(/^kb triage: the input on stdin is larger than --max-bytes 4096/);
  });

  it('reads input up to the cap', () => {
    const run = kb(['search', '--json', '--max-bytes', '64', '-'], 'ValidByLdapStyle');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ verdict: 'match' });
  });
});

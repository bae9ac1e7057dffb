/** The `kb` command as a user runs it (node with tsx, from the repository root), for the CLI tests. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../..');

/** Runs `kb` with these arguments and standard input; output up to 64 MB (the batch and hostile-input tests print megabytes). */
export const runKb = (args: readonly string[], input?: string | Buffer) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'bin/kb.ts'), ...args], { cwd: repoRoot, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });

/**
 * kb: the knowledge-base command line. A dispatcher: each command lives in bin/commands/ and calls the
 * same lib/ the pages call. `kb --help` lists them.
 */
import { ContentError } from '../lib/content/problems';
import { check } from './commands/check';
import { exitQuietlyWhenStdoutCloses, InputError, UsageError, type Command } from './commands/cli';
import { explain } from './commands/explain';
import { newPage } from './commands/new';
import { search } from './commands/search';
import { triage } from './commands/triage';

/** In the order `kb --help` lists them. */
const COMMANDS: readonly Command[] = [check, search, explain, triage, newPage];

const usage = (): string => `Usage:\n${COMMANDS.map((c) => `  ${c.usage}`).join('\n')}\n  kb --help`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(`${usage()}\n`);
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(`kb: unknown command "${name}" (commands: ${COMMANDS.map((c) => c.name).join(', ')}; see kb --help)`);
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(`Usage:\n  ${command.usage}`);
    return 0;
  }
  return command.run(rest);
}

exitQuietlyWhenStdoutCloses();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError || err instanceof InputError) {
      console.error(err.message);
      process.exitCode = err instanceof UsageError ? 2 : 1;
    } else if (err instanceof ContentError) {
      console.error(err.message);
      process.exitCode = 1;
    } else {
      console.error(`kb: ${(err as Error)?.stack ?? String(err)}`);
      process.exitCode = 2;
    }
  },
);

/**
 * What every kb command shares: strict argument parsing, reading input with a size cap, writing output
 * that stops quietly when the reader goes away (`kb search … | head -1`), and the one-line errors.
 * The commands themselves only do I/O around lib/.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in how the command was called: one line on stderr, exit 2. */
export class UsageError extends Error {}
/** Input that cannot be used (too large, a missing file): one line on stderr, exit 1. */
export class InputError extends Error {}

export type Command = {
  name: string;
  /** One or two usage lines, printed by `kb --help`. */
  usage: string;
  run: (args: string[]) => Promise<number>;
};

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * parseArgs with strict options, as a UsageError in one line ("kb search: unknown option --jsn").
 * Node's own message names the option; the rest of its text (a hint about `--`) is dropped.
 */
export function parseStrict<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    const message = ((err as Error).message.split('\n')[0] ?? '').replace(/\. To specify a positional argument.*$/, '').replace(/^Unknown option '(.*)'$/, 'unknown option $1');
    throw new UsageError(`kb ${command}: ${message}`);
  }
}

/** Only plain decimal digits: `0x10`, `1e1`, `+5` and `5.0` are refused, so a typo never means something else. */
export function parseWholeNumber(command: string, option: string, value: string | undefined, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`kb ${command}: ${option} takes a whole number from ${min} to ${max} in decimal digits (got "${value}")`);
  }
  return n;
}

/** Refuses options that ask for two output modes at once. */
export function oneOf(command: string, flags: Record<string, boolean | undefined>): void {
  const set = Object.keys(flags).filter((k) => flags[k]);
  if (set.length > 1) throw new UsageError(`kb ${command}: ${set.map((k) => `--${k}`).join(' and ')} cannot be used together; choose one`);
}

/**
 * A few megabytes: far beyond any real paste or a week of tickets, well short of what would exhaust
 * memory (the engine needs some tens of times the size of one paste).
 */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
export const MAX_BYTES_OPTION = { 'max-bytes': { type: 'string' } } as const;
export const parseMaxBytes = (command: string, value: string | undefined): number =>
  parseWholeNumber(command, '--max-bytes', value, 1, 2 ** 40, DEFAULT_MAX_BYTES);

const tooLarge = (command: string, what: string, max: number) =>
  new InputError(`kb ${command}: ${what} is larger than --max-bytes ${max} (${(max / 1024 / 1024).toFixed(1)} MiB); split it, or pass a larger --max-bytes`);

/** Stdin as UTF-8, refused once it passes `maxBytes` (reading stops there: nothing more is buffered). */
export async function readStdin(command: string, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      process.stdin.destroy();
      throw tooLarge(command, 'the input on stdin', maxBytes);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A file, or stdin for `-`, with the same cap. */
export async function readInput(command: string, source: string, maxBytes: number): Promise<string> {
  if (source === '-') return readStdin(command, maxBytes);
  let size: number;
  try {
    const info = await stat(source);
    if (!info.isFile()) throw new InputError(`kb ${command}: ${source} is not a file`);
    size = info.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`kb ${command}: cannot read ${source} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  if (size > maxBytes) throw tooLarge(command, source, maxBytes);
  return readFile(source, 'utf8');
}

/** A text without a byte-order mark at its start (Windows tools write one; it is not part of the paste). */
export const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

let stdoutClosed = false;

/**
 * When the reader of stdout (or stderr) goes away (`| head -1`), stop at once and quietly: exit 0, no EPIPE
 * stack.
 * Writes are checked against the flag too, because a long synchronous loop only sees the error event
 * once it yields.
 */
export function exitQuietlyWhenStdoutCloses(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') {
        stdoutClosed = true;
        process.exit(0);
      }
      throw err;
    });
  }
}

/** Writes one line to stdout; false once the reader has gone, so a batch can stop. */
export function writeLine(text: string): boolean {
  if (stdoutClosed) return false;
  process.stdout.write(`${text}\n`);
  return !stdoutClosed;
}

/** Lets pending I/O events (a closed pipe) run during a long batch. */
export const yieldToEvents = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

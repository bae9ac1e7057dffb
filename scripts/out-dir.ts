/**
 * The static export (out/) as the post-build scripts and checks see it: where it is, its HTML pages,
 * and a local server for it. Shared by scripts/csp.ts, scripts/size.ts, scripts/audit.ts and the link crawl.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const OUT_DIR = path.join(ROOT, 'out');

/** Throws a message that says what to do when there is no build to look at. */
export function requireOut(): string {
  if (!existsSync(path.join(OUT_DIR, 'index.html'))) {
    throw new Error(`${OUT_DIR}/index.html not found: run \`npm run build\` first`);
  }
  return OUT_DIR;
}

/** Every .html file under out/, as paths relative to out/ with forward slashes, sorted. */
export function listHtmlFiles(dir: string = requireOut()): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

/** The URL path a file is served at (trailingSlash: a/index.html is /a/). */
export const urlPathOf = (file: string): string => '/' + file.replace(/(^|\/)index\.html$/, '$1');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Serves out/ on 127.0.0.1 with the same static server `npm run serve` uses, so what is measured is
 * what a static host serves (trailing slashes, 404.html).
 */
export async function serveOut(): Promise<{ origin: string; close: () => void }> {
  requireOut();
  const port = await freePort();
  const bin = path.join(ROOT, 'node_modules/serve/build/main.js');
  const child = spawn(process.execPath, [bin, OUT_DIR, '-l', `tcp://127.0.0.1:${port}`, '--no-port-switching', '--no-clipboard'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  const close = () => child.kill();
  // A script that throws or exits early must not leave the server running.
  process.once('exit', close);
  for (let tries = 0; tries < 100; tries++) {
    try {
      if ((await fetch(origin + '/')).ok) return { origin, close };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  close();
  throw new Error(`static server did not answer on ${origin}`);
}

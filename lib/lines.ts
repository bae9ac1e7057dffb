/**
 * The lines of a batch input (JSON Lines on stdin or in a file) as a person counts them, so that output
 * line n always answers input line n.
 */

/**
 * A final line break ends the last line instead of starting an empty one; "\r\n" is one break; a
 * byte-order mark on line 1 is not part of it. Blank lines in the middle stay: they are lines.
 */
export function splitInputLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length === 0) return [];
  const lines = body.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/**
 * "On this page" for a symptom: the body's sections (its `##` headings) with the fix steps inside the
 * section they appear in. Built from the MDX source at build time; mdx-content.tsx gives the rendered
 * headings the same ids, in the same order.
 */
import type { Step } from './content/schema';

export type OutlineSection = { id: string; title: string; steps: Pick<Step, 'id' | 'title'>[] };

/** "Confirm it worked" → "confirm-it-worked". */
export const headingId = (title: string): string =>
  title
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'section';

/**
 * Section ids never collide with a step id (both are anchors on the page) or with each other: a clash
 * gets `-section`, then a number.
 */
export function buildOutline(body: string, steps: readonly Pick<Step, 'id' | 'title'>[]): OutlineSection[] {
  const taken = new Set(steps.map((s) => s.id));
  const sections: (OutlineSection & { at: number })[] = [];
  let fenced = false;
  let offset = 0;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      const title = heading[1]!.replace(/`/g, '');
      let id = headingId(title);
      if (taken.has(id)) id = `${id}-section`;
      for (let n = 2; taken.has(id); n++) id = `${headingId(title)}-${n}`;
      taken.add(id);
      sections.push({ id, title, steps: [], at: offset });
    }
    offset += line.length + 1;
  }
  for (const step of steps) {
    const at = body.search(new RegExp(`<Step\\s[^>]*id=["']${step.id}["']`));
    const owner = [...sections].reverse().find((s) => s.at <= at);
    owner?.steps.push({ id: step.id, title: step.title });
  }
  return sections.map(({ at: _at, ...s }) => s);
}

/**
 * kb check parses a large knowledge base in several processes (bin/commands/parse-in-parallel.ts): the
 * result must be what parsing one page after another gives, in the same order, broken pages included.
 */
import { describe, expect, it } from 'vitest';
import { parseSymptomFiles } from '@/lib/content/compile';
import { parseInChildProcess, parseSymptomsInParallel } from '@/bin/commands/parse-in-parallel';
import { symptomSource } from './content/helpers';

const files = Array.from({ length: 24 }, (_, i) => {
  const id = `PT-${String(1001 + i)}`;
  const page = symptomSource({ id, slug: `page-${i}`, errors: [`Error number ${i} happened`] });
  // Every fifth page is broken, in a different way each time, so problems must come back with their page.
  if (i % 5 === 0) return { ...page, text: page.text.replace('<Step id="do-this"', i % 10 === 0 ? '<Step id="Bad Id"' : '<Unknown id="x"') };
  return page;
});

describe('parsing pages in several processes', () => {
  it('a child process answers exactly what parsing here gives, problems included', async () => {
    const here = parseSymptomFiles(files);
    expect(here.filter((p) => p.problems.length > 0).length).toBeGreaterThan(0);
    expect(await parseInChildProcess(files)).toEqual(here);
  });

  it('shared out between processes, the pages come back whole and in order', async () => {
    expect(await parseSymptomsInParallel(files, 8)).toEqual(parseSymptomFiles(files));
  });
});

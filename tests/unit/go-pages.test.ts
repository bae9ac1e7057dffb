/** /go/<ID>/ is written after the build from the catalogue (scripts/go-pages.ts): both spellings of every ID, each a redirect to its page. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalogue } from '@/lib/catalogue';
import { compileKnowledgeBase } from '@/lib/content/compile';
import { writeGoPages } from '@/scripts/go-pages';
import { validSources } from './content/helpers';

const out = mkdtempSync(path.join(os.tmpdir(), 'go-pages-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('writeGoPages', () => {
  it('writes a redirect for the ID as printed and in lower case, for every page in the catalogue', () => {
    const { kb } = compileKnowledgeBase(validSources());
    mkdirSync(path.join(out, 'api'), { recursive: true });
    writeFileSync(path.join(out, 'api', 'symptoms.json'), JSON.stringify(buildCatalogue(kb.symptoms)));
    expect(writeGoPages(out)).toBe(4);
    expect(readdirSync(path.join(out, 'go')).sort()).toEqual(['PT-0101', 'PT-0102', 'pt-0101', 'pt-0102']);
    const page = readFileSync(path.join(out, 'go', 'pt-0102', 'index.html'), 'utf8');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/symptoms/second-problem/"/>');
    expect(page).toContain('<title>A problem PT-0102 (PT-0102) · Provisioning Troubleshooter</title>');
  });
});

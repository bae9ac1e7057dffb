/**
 * Writes a valid synthetic knowledge base of N symptom pages to a folder, for `npm run bench:build`.
 * Pages look like real ones: frontmatter with verbatim-looking errors (from the search scale run's
 * generator), What you see / Why it happens / Fix with <Step>s / Confirm it worked, fenced code,
 * links to other pages' steps, notes and related ids. Trees reach every page the way a team would
 * grow them: an entry tree asks for the area, each area tree asks for the part, and each part tree
 * (at most PART_SIZE pages) asks one question per handful of pages. So a tree's size does not grow
 * with N; only the number of trees does.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CATEGORIES } from '../lib/content/schema';
import { generateSyntheticSymptoms, seededRandom } from '../tests/fixtures/search/a-synthetic-kb-of-thousands-of-pages/generate';

/** Pages per part tree, and per question inside it. */
const PART_SIZE = 40;
const PER_QUESTION = 8;

const yamlString = (s: string): string => JSON.stringify(s);
const errorKey = (e: string): string => e.trim().replace(/\s+/g, ' ').toLowerCase();

type Page = { id: string; slug: string; title: string; category: string; steps: string[] };

/**
 * `wide`: also write the tree a team writes first and the issue reported, one question per area whose
 * answers are every page of that area (hundreds of leaves), linked from the entry tree.
 */
export function writeSyntheticKnowledgeBase(dir: string, pages: number, { seed = 20261130, wide = false } = {}): { symptoms: number; trees: number } {
  if (!Number.isInteger(pages) || pages < 1 || pages > 9999) throw new Error('--pages takes a whole number from 1 to 9999 (ids are PT-0001 to PT-9999)');
  const rnd = seededRandom(seed);
  const symptomsDir = path.join(dir, 'symptoms');
  const treesDir = path.join(dir, 'trees');
  mkdirSync(symptomsDir, { recursive: true });
  mkdirSync(treesDir, { recursive: true });

  // The search generator repeats errors now and then; kb check allows each error on one page only.
  const seen = new Set<string>();
  const source = generateSyntheticSymptoms(pages, seed);
  const list: Page[] = source.map((s, i) => ({
    id: `PT-${String(i + 1).padStart(4, '0')}`,
    slug: `${s.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').split('-').slice(0, 6).join('-') || 'page'}-${i + 1}`,
    title: s.title.replace(/\s+/g, ' ').trim(),
    category: CATEGORIES[i % CATEGORIES.length]!.key,
    steps: s.steps.map((st) => st.id),
  }));

  source.forEach((s, i) => {
    const page = list[i]!;
    const errors = s.errors.filter((e) => !seen.has(errorKey(e)) && seen.add(errorKey(e)));
    const other = list[(i * 7 + 3) % list.length]!;
    const related = [...new Set([list[(i + 1) % list.length]!.id, other.id])].filter((id) => id !== page.id);
    const sentences = s.body.split('\n');
    const why = sentences.slice(errors.length + 2, errors.length + 6);
    const steps = s.steps.map((st, k) => {
      const code = k % 2 === 0
        ? `\n\`\`\`powershell\nGet-Service -Name "Microsoft ECMA2Host" | Restart-Service\nGet-EventLog -LogName Application -Newest 20 -Source "ECMA2Host"\n\`\`\`\n`
        : `\n\`\`\`xml\n<add key="LogLevel" value="Verbose" />\n\`\`\`\n`;
      const link = k === 0 && other.id !== page.id ? ` If that does not help, see [${other.title.replace(/[[\]]/g, '')}](/symptoms/${other.slug}/#${other.steps[0]}).` : '';
      return `<Step id="${st.id}" title=${yamlString(st.title)}>\n\n${sentences[sentences.length - 1 - k] ?? st.title} Open \`Services.msc\` on the agent server first.${link}\n${code}\n</Step>`;
    });
    const text = [
      '---',
      `id: ${page.id}`,
      `slug: ${page.slug}`,
      `title: ${yamlString(page.title)}`,
      `summary: ${yamlString(s.summary)}`,
      `category: ${page.category}`,
      `errors:${errors.length ? '' : ' []'}`,
      ...errors.map((e) => `  - ${yamlString(e)}`),
      `aliases: [${s.aliases.map(yamlString).join(', ')}]`,
      `related: [${related.join(', ')}]`,
      'formerSlugs: []',
      'source:',
      '  publisher: Microsoft Learn',
      '  article: Troubleshoot on-premises application provisioning',
      '  section: Troubleshoot test connection issues',
      '  url: https://learn.microsoft.com/en-us/entra/identity/app-provisioning/on-premises-ecma-troubleshoot#troubleshoot-test-connection-issues',
      'reviewed: 2026-11-30',
      '---',
      '',
      '## What you see',
      '',
      `${sentences[errors.length + 2] ?? s.summary} The log shows:`,
      '',
      ...errors.flatMap((e) => ['```text', e, '```', '']),
      '## Why it happens',
      '',
      ...why.map((w) => `- ${w}`),
      '',
      ...(rnd() < 0.3 ? ['<Note>', '', 'Changes can take 10 to 20 minutes to reach the agent.', '', '</Note>', ''] : []),
      '## Fix',
      '',
      steps.join('\n\n'),
      '',
      '## Confirm it worked',
      '',
      'Run **Test connection** in the Azure portal again; it succeeds.',
      '',
    ].join('\n');
    writeFileSync(path.join(symptomsDir, `${page.slug}.mdx`), text);
  });

  // Trees: start → one tree per area → one tree per part of an area → questions → pages.
  let trees = 0;
  const writeTree = (id: string, tree: object): void => {
    writeFileSync(path.join(treesDir, `${id}.yaml`), toYaml(tree));
    trees++;
  };
  const areaAnswers: object[] = [];
  for (const category of CATEGORIES) {
    const inArea = list.filter((p) => p.category === category.key);
    if (inArea.length === 0) continue;
    const parts: object[] = [];
    for (let start = 0, part = 1; start < inArea.length; start += PART_SIZE, part++) {
      const chunk = inArea.slice(start, start + PART_SIZE);
      const partId = `${category.key}-part-${part}`;
      const nodes: Record<string, object> = {};
      const groups: object[] = [];
      for (let g = 0; g * PER_QUESTION < chunk.length; g++) {
        const group = chunk.slice(g * PER_QUESTION, (g + 1) * PER_QUESTION);
        nodes[`group-${g + 1}`] = {
          question: `Which of these matches what you see (${group[0]!.id} to ${group[group.length - 1]!.id})?`,
          answers: group.map((p, k) => ({ label: p.title, symptom: p.id, ...(k % 3 === 0 ? { step: p.steps[0] } : {}) })),
        };
        groups.push({ label: `Pages ${group[0]!.id} to ${group[group.length - 1]!.id}`, node: `group-${g + 1}` });
      }
      nodes.which = { question: `Which kind of ${category.label.toLowerCase()} problem is it?`, answers: groups };
      writeTree(partId, { id: partId, title: `${category.label}, part ${part}`, summary: `Pages ${chunk[0]!.id} to ${chunk[chunk.length - 1]!.id}.`, root: 'which', nodes });
      parts.push({ label: `${category.label}, part ${part} (${chunk[0]!.id} to ${chunk[chunk.length - 1]!.id})`, tree: partId });
    }
    writeTree(category.key, { id: category.key, title: category.label, summary: category.blurb, root: 'part', nodes: { part: { question: `Which part of ${category.label.toLowerCase()}?`, answers: parts } } });
    areaAnswers.push({ label: category.blurb, tree: category.key });
  }
  if (wide) {
    const nodes: Record<string, object> = {
      area: { question: 'Which area?', answers: CATEGORIES.filter((c) => list.some((p) => p.category === c.key)).map((c) => ({ label: c.label, node: c.key })) },
    };
    for (const c of CATEGORIES) {
      const inArea = list.filter((p) => p.category === c.key);
      if (inArea.length) nodes[c.key] = { question: `Which ${c.label.toLowerCase()} page?`, answers: inArea.map((p) => ({ label: p.title, symptom: p.id })) };
    }
    writeTree('every-page', { id: 'every-page', title: 'Every page by area', summary: 'Every page, listed by area.', root: 'area', nodes });
    areaAnswers.push({ label: 'Show me every page by area', tree: 'every-page' });
  }
  writeTree('start', { id: 'start', title: 'Where does it fail?', summary: 'Pick the area, then the part, then the page.', entry: true, root: 'area', nodes: { area: { question: 'Which area is failing?', answers: areaAnswers } } });
  return { symptoms: list.length, trees };
}

/** Trees are plain data of strings, booleans, arrays and objects: JSON is valid YAML, but block style reads like the real trees. */
function toYaml(value: unknown, indent = ''): string {
  if (Array.isArray(value)) return value.map((v) => `${indent}- ${toYaml(v, `${indent}  `).trimStart()}`).join('');
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => (v && typeof v === 'object' ? `${indent}${k}:\n${toYaml(v, `${indent}  `)}` : `${indent}${k}: ${typeof v === 'string' ? yamlString(v) : String(v)}\n`))
      .join('');
  }
  return `${indent}${typeof value === 'string' ? yamlString(value) : String(value)}\n`;
}

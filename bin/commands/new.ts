/**
 * `kb new --title "…" --category KEY`: writes content/symptoms/<slug>.mdx with the next free id, and says
 * which tree questions could lead to it. Refuses an id or slug that is taken.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkKnowledgeBase, DEFAULT_CONTENT_DIR } from '../../lib/content/load';
import { newSymptomConflicts, nextFreeId, ScaffoldError, scaffoldSymptomPage, slugify, treeAnswerYaml, treeQuestionsFor } from '../../lib/content/scaffold';
import { CATEGORIES, SymptomIdSchema, type CategoryKey } from '../../lib/content/schema';
import { InputError, parseStrict, UsageError, type Command } from './cli';

const isCategory = (key: string): key is CategoryKey => CATEGORIES.some((c) => c.key === key);

export const newPage: Command = {
  name: 'new',
  usage: `kb new --title TITLE --category KEY [--error TEXT]… [--slug SLUG] [--id PT-NNNN] [--content DIR]
      (KEY: ${CATEGORIES.map((c) => c.key).join(' | ')})`,
  async run(args) {
    const { values, positionals } = parseStrict('new', args, {
      title: { type: 'string' },
      category: { type: 'string' },
      error: { type: 'string', multiple: true },
      slug: { type: 'string' },
      id: { type: 'string' },
      content: { type: 'string' },
    });
    if (positionals.length) throw new UsageError(`kb new: unexpected argument "${positionals[0]}"; quote the title: --title "…"`);
    const title = values.title?.trim();
    if (!title) throw new UsageError('kb new: needs --title "Short title in the admin\'s words"');
    if (!values.category || !isCategory(values.category)) {
      throw new UsageError(`kb new: --category must be one of ${CATEGORIES.map((c) => c.key).join(', ')}`);
    }
    if (values.id !== undefined && !SymptomIdSchema.safeParse(values.id).success) throw new UsageError(`kb new: --id must look like PT-0101 (got "${values.id}")`);
    const category = values.category;

    // Content with problems (a page written a minute ago that no tree reaches yet) still names the ids and
    // slugs in use; `kb check` is where those problems are reported.
    const contentDir = values.content ?? DEFAULT_CONTENT_DIR;
    const { kb, problems } = await checkKnowledgeBase(contentDir);
    const id = values.id ?? nextFreeId(kb.symptoms, category);
    const slug = values.slug ?? slugify(title);
    const conflicts = newSymptomConflicts(kb, { id, slug });
    if (conflicts.length) throw new InputError(`kb new: ${conflicts.join('; ')}`);

    let page: ReturnType<typeof scaffoldSymptomPage>;
    try {
      page = scaffoldSymptomPage({ id, slug, title, category, errors: values.error ?? [] }, { symptoms: kb.symptoms, today: new Date().toISOString().slice(0, 10) });
    } catch (err) {
      if (err instanceof ScaffoldError) throw new InputError(`kb new: the page would not pass kb check: ${err.message}`);
      throw err;
    }
    const file = path.join(contentDir, 'symptoms', `${slug}.mdx`);
    try {
      // 'wx': never overwrite, even a file the knowledge base did not load.
      await writeFile(file, page.text, { flag: 'wx' });
    } catch (err) {
      throw new InputError(`kb new: cannot write ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }

    const shown = path.relative(process.cwd(), file);
    console.log(`Wrote ${shown.startsWith('..') ? file : shown} (${id}, /symptoms/${slug}/).`);
    for (const c of page.copied) console.log(`${c.field}: copied from ${c.from}; check that it holds for this page.`);
    console.log('Replace each TODO, then make a tree lead to the page, or `kb check` reports it as not reached.');
    const questions = treeQuestionsFor(kb, category);
    const answer = treeAnswerYaml(title, id).replace(/^/gm, '      ');
    if (questions.length) {
      console.log('\nTree questions that could lead to it (their answers already lead to pages of this category):');
      for (const q of questions) console.log(`  ${q.file} › nodes.${q.node}: "${q.question}"`);
      console.log(`\nAdd an answer under that question's answers:\n${answer}`);
    } else {
      console.log(`\nNo tree question leads to a "${category}" page yet. Add a question to a tree in ${path.join(contentDir, 'trees')} with this answer:\n${answer}`);
    }
    console.log('\nThen run: npm run kb -- check' + (problems.length ? ` (it lists ${problems.length} problem${problems.length === 1 ? '' : 's'} the content had before this page)` : ''));
    return 0;
  },
};

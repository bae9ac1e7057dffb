/** `kb check [--content DIR]`: validates content; exit 0, or exit 1 listing every problem. */
import { checkKnowledgeBase } from '../../lib/content/load';
import { formatProblem } from '../../lib/content/problems';
import { parseStrict, UsageError, type Command } from './cli';
import { parseSymptomsInParallel } from './parse-in-parallel';

export const check: Command = {
  name: 'check',
  usage: 'kb check [--content DIR]',
  async run(args) {
    const { values, positionals } = parseStrict('check', args, { content: { type: 'string' } });
    if (positionals.length) throw new UsageError(`kb check: unexpected argument "${positionals[0]}"`);
    const { kb, problems } = await checkKnowledgeBase(values.content, parseSymptomsInParallel);
    if (problems.length) {
      console.error(`kb check: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
      for (const p of problems) console.error(`  ${formatProblem(p)}`);
      return 1;
    }
    console.log(`kb check: ok — ${kb.symptoms.length} symptoms, ${kb.trees.length} trees`);
    return 0;
  },
};

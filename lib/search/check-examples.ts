/**
 * `kb check` runs each page's `examples:` and `notFor:` through the search the site runs: an example
 * must land on its page first (and not as `none`), a near miss must never be a confident match for
 * its page. Each failure is one `file › examples.N: …` problem, like every other content problem.
 */
import type { KnowledgeBase } from '../content/compile';
import type { ContentProblem } from '../content/problems';
import { buildSearchIndex } from './build-index';
import { matchQuery } from './match';

export function checkSearchExamples(kb: KnowledgeBase): ContentProblem[] {
  const symptoms = kb.symptoms.filter((s) => s.examples.length > 0 || s.notFor.length > 0);
  if (symptoms.length === 0) return [];
  const index = buildSearchIndex(kb.symptoms, kb.vocabulary);
  const problems: ContentProblem[] = [];
  for (const s of symptoms) {
    s.examples.forEach((paste, i) => {
      const r = matchQuery(index, paste);
      const top = r.results[0];
      if (r.verdict === 'none' || top?.id !== s.id) {
        problems.push({ file: s.file, field: `examples.${i}`, message: top ? `landed on ${top.id} (${r.verdict})` : 'found nothing (none)' });
      }
    });
    s.notFor.forEach((paste, i) => {
      const r = matchQuery(index, paste);
      if (r.verdict === 'match' && r.results[0]?.id === s.id) problems.push({ file: s.file, field: `notFor.${i}`, message: `answered match for ${s.id}` });
    });
  }
  return problems;
}

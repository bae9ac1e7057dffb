/**
 * /api/symptoms.json: the public catalogue ticket systems read to auto-link error text without running
 * our code (README › Catalogue). Its shape is a contract: add fields, never rename or remove them.
 */
import type { Symptom } from './content/schema';
import { symptomUrl } from './routes';

export type CatalogueEntry = Pick<Symptom, 'id' | 'slug' | 'title' | 'category' | 'summary' | 'errors' | 'aliases' | 'source' | 'reviewed'> & {
  /** Site-relative, like every link here: resolve it against the address the catalogue was fetched from. */
  url: string;
};

export const buildCatalogue = (symptoms: readonly Symptom[]): CatalogueEntry[] =>
  symptoms.map((s) => ({
    id: s.id,
    slug: s.slug,
    title: s.title,
    url: symptomUrl(s.slug),
    category: s.category,
    summary: s.summary,
    errors: s.errors,
    aliases: s.aliases,
    source: s.source,
    reviewed: s.reviewed,
  }));

import Link from 'next/link';
import { loadKnowledgeBase } from '@/lib/content/load';
import { entryTree, symptomsInCategory } from '@/lib/content/query';
import { CATEGORIES } from '@/lib/content/schema';
import { categoryUrl, symptomUrl, treeUrl } from '@/lib/routes';
import { SearchBox } from '@/components/search/search-box';

/** Pages a category card lists before it links to the rest. */
const CARD_ITEMS = 4;

export default async function HomePage() {
  const kb = await loadKnowledgeBase();
  const start = entryTree(kb);
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight">Fix on-premises app provisioning, fast</h1>
        <p className="max-w-2xl text-lg text-slate-700 dark:text-slate-300">
          For admins running the Microsoft Entra Connect Provisioning Agent, the Microsoft ECMA2Host connector host and the
          Generic SQL and LDAP connectors. Paste the error you see, or answer a few questions to find the fix.
        </p>
        <SearchBox multiline walkHref={treeUrl(start.id)} />
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Tip: press <kbd className="rounded border border-slate-300 px-1 font-mono dark:border-slate-600">Ctrl</kbd>+
          <kbd className="rounded border border-slate-300 px-1 font-mono dark:border-slate-600">K</kbd> on any page to jump to search. GUIDs, host names
          and paths in your paste are fine: they are ignored when matching.
        </p>
        <p>
          <Link
            href={treeUrl(start.id)}
            className="inline-block rounded-md border border-blue-700 px-4 py-2 font-medium text-blue-800 hover:bg-blue-50 dark:border-blue-400 dark:text-blue-200 dark:hover:bg-slate-800"
          >
            Start guided troubleshooting →
          </Link>
        </p>
      </section>
      <section aria-labelledby="browse-heading" className="space-y-4">
        <h2 id="browse-heading" className="text-xl font-semibold">Browse by area</h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {CATEGORIES.map((c) => {
            const items = symptomsInCategory(kb, c.key);
            const rest = items.length - CARD_ITEMS;
            return (
              <li key={c.key} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
                <h3 className="font-semibold">
                  <Link href={categoryUrl(c.key)} className="text-blue-800 underline-offset-2 hover:underline dark:text-blue-300">
                    {c.label}
                  </Link>{' '}
                  <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
                    · {items.length} {items.length === 1 ? 'page' : 'pages'}
                  </span>
                </h3>
                <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{c.blurb}</p>
                <ul className="mt-2 space-y-1 text-sm">
                  {items.slice(0, CARD_ITEMS).map((s) => (
                    <li key={s.id}>
                      <Link href={symptomUrl(s.slug)} className="text-blue-800 underline decoration-blue-800/30 underline-offset-2 hover:decoration-current dark:text-blue-300 dark:decoration-blue-300/40">
                        {s.title}
                      </Link>
                    </li>
                  ))}
                </ul>
                {rest > 0 && (
                  <p className="mt-2 text-sm">
                    <Link href={categoryUrl(c.key)} className="inline-block py-1 font-medium text-blue-800 underline dark:text-blue-300">
                      All {items.length} pages in {c.label} →
                    </Link>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}

import Link from 'next/link';
import { errorsUrl, homeUrl } from '@/lib/routes';
import { SearchBox } from '@/components/search/search-box';
import { SearchShortcut } from '@/components/search/search-shortcut';
import { ThemeToggle } from '@/components/theme/theme-toggle';

export function SiteHeader() {
  return (
    <header className="z-30 border-b lg:sticky lg:top-0 border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center gap-x-5 gap-y-3 px-4 py-3">
        <Link href={homeUrl()} className="font-semibold tracking-tight text-slate-900 no-underline dark:text-white">
          Provisioning Troubleshooter
        </Link>
        <nav aria-label="Main" className="flex gap-4 text-sm">
          <Link className="text-slate-700 hover:underline dark:text-slate-300" href="/troubleshoot/">Guided troubleshooting</Link>
          <Link className="text-slate-700 hover:underline dark:text-slate-300" href={errorsUrl()}>Error index</Link>
        </nav>
        <div className="flex w-full items-start gap-2 sm:ml-auto sm:w-auto">
          <div className="min-w-0 flex-1 sm:w-64 sm:flex-none">
            <SearchBox />
            <SearchShortcut />
          </div>
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}

import Link from 'next/link';
import { SearchBox } from '@/components/search/search-box';

export default function NotFound() {
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="text-slate-700 dark:text-slate-300">
        That address does not match a page here. If you followed a link from a ticket, search for the error or the article ID
        (for example PT-0101), or start from the guided walk.
      </p>
      <SearchBox />
      <ul className="list-disc space-y-1 pl-6">
        <li><Link className="text-blue-800 underline dark:text-blue-300" href="/troubleshoot/">Start guided troubleshooting</Link></li>
        <li><Link className="text-blue-800 underline dark:text-blue-300" href="/errors/">Browse every error message</Link></li>
        <li><Link className="text-blue-800 underline dark:text-blue-300" href="/">Home</Link></li>
      </ul>
    </div>
  );
}

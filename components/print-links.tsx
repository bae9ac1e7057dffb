'use client';
/**
 * Printed pages show each link's address after it (app/globals.css › print). CSS alone can only print
 * the href as written, which for this site is a path like /symptoms/x/; on paper that leads nowhere. This
 * writes each link's absolute address into data-print-href for the print styles to use, and keeps it
 * current as client-rendered parts (the walk, the trail) change.
 */
import { useEffect } from 'react';

function mark(root: ParentNode): void {
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) {
    if (a.dataset.printHref !== a.href) a.dataset.printHref = a.href;
  }
}

export function PrintLinks() {
  useEffect(() => {
    const main = document.getElementById('main');
    if (!main) return;
    mark(main);
    const observer = new MutationObserver(() => mark(main));
    observer.observe(main, { subtree: true, childList: true, attributes: true, attributeFilter: ['href'] });
    const beforePrint = () => mark(main);
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, []);
  return null;
}

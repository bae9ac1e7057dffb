'use client';
/**
 * Marks the step (or section) the address's #fragment names with data-linked. CSS :target does the same
 * on a full page load, but a client-side navigation (a walk answer, a search result) changes the address
 * with history.pushState, which leaves :target alone.
 */
import { useEffect } from 'react';

export function LinkedStep() {
  useEffect(() => {
    const mark = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      for (const el of document.querySelectorAll('[data-linked]')) el.removeAttribute('data-linked');
      if (id) document.getElementById(id)?.closest('.step')?.setAttribute('data-linked', '');
    };
    mark();
    // Parts that render only in the browser can move the step after the browser scrolled to it.
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (target && Math.abs(target.getBoundingClientRect().top - parseFloat(getComputedStyle(target).scrollMarginTop)) > 2) target.scrollIntoView();
    window.addEventListener('hashchange', mark);
    return () => window.removeEventListener('hashchange', mark);
  }, []);
  return null;
}

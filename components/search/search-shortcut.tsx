'use client';
/**
 * Ctrl/Cmd+K (and "/" outside text fields) focuses the search box: the page's main box when there is
 * one (home, /search/), otherwise the header's.
 */
import { useEffect } from 'react';

const isTyping = (el: Element | null) =>
  !!el && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || (el as HTMLElement).isContentEditable);

export function SearchShortcut() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const combo = (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k';
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(document.activeElement);
      if (!combo && !slash) return;
      const target =
        document.querySelector<HTMLElement>('[data-search-input="main"]') ?? document.querySelector<HTMLElement>('[data-search-input="header"]');
      if (!target) return;
      e.preventDefault();
      target.focus();
      if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) target.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return null;
}

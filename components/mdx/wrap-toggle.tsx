'use client';
/**
 * "Wrap lines" on every code block: long commands fold onto several lines instead of scrolling sideways
 * (most of them do on a phone). One choice for the whole site, kept in localStorage and applied as
 * html[data-code-wrap] (app/globals.css), so every block and every later page follow it.
 */
import { useSyncExternalStore } from 'react';

const KEY = 'code-wrap';
const EVENT = 'code-wrap-change';

const read = (): boolean => {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
};

function apply(on: boolean): void {
  if (on) document.documentElement.setAttribute('data-code-wrap', '');
  else document.documentElement.removeAttribute('data-code-wrap');
}

function subscribe(notify: () => void): () => void {
  apply(read());
  window.addEventListener(EVENT, notify);
  window.addEventListener('storage', notify);
  return () => {
    window.removeEventListener(EVENT, notify);
    window.removeEventListener('storage', notify);
  };
}

export function WrapToggle() {
  const on = useSyncExternalStore(subscribe, read, () => null);
  if (on === null) return null;
  const toggle = () => {
    try {
      localStorage.setItem(KEY, on ? '0' : '1');
    } catch {
      // No storage: the choice holds for this page only.
    }
    apply(!on);
    window.dispatchEvent(new Event(EVENT));
  };
  return (
    <button
      type="button"
      aria-pressed={on}
      onClick={toggle}
      className="min-h-6 rounded px-2 py-1 font-medium text-slate-700 hover:bg-slate-200 aria-pressed:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-pressed:bg-slate-700"
    >
      Wrap lines
    </button>
  );
}

/**
 * Pages and page states the hardening journeys (accessibility, CSP, hostile input) share, chosen from the
 * real content so they keep pointing at pages that exist as content changes.
 */
import type { Page } from '@playwright/test';
import { entryTree } from '@/lib/content/query';
import { CATEGORIES } from '@/lib/content/schema';
import { categoryUrl, symptomFromWalkUrl, treeUrl } from '@/lib/routes';
import { kb, walkToResolution } from './kb';

export type AuditedPage = { name: string; url: string };

/** Symptom pages that between them use every body feature: errors, warnings, notes, code, tables. */
const FEATURE_PAGES = ['ecma-host-logging-level', 'invalid-ldap-style-dn', 'agent-trace-logs'];

export async function auditedPages(): Promise<AuditedPage[]> {
  const knowledge = await kb();
  const tree = knowledge.trees.find((t) => t.id === 'test-connection') ?? entryTree(knowledge);
  const route = walkToResolution(tree);
  const entry = entryTree(knowledge);
  const fix = knowledge.symptoms.find((s) => s.id === route.final.symptom)!;
  const symptoms = knowledge.symptoms.filter((s) => FEATURE_PAGES.includes(s.slug));
  return [
    { name: 'home', url: '/' },
    { name: 'search results', url: '/search/?q=Invalid%20LDAP%20style' },
    { name: 'error index', url: '/errors/' },
    { name: 'category', url: categoryUrl(CATEGORIES[0].key) },
    { name: 'walk list', url: '/troubleshoot/' },
    ...(symptoms.length ? symptoms : knowledge.symptoms.slice(0, 1)).map((s) => ({ name: `symptom ${s.slug}`, url: `/symptoms/${s.slug}/` })),
    { name: 'walk step', url: treeUrl(tree.id, route.path) },
    // The walk carried across trees and to its fix (?via=, ?walk=): the trail, Back/Restart and progress.
    { name: 'walk in a sub-tree', url: treeUrl(tree.id, route.path, [{ tree: entry.id, path: [] }]) },
    { name: 'fix from a walk', url: symptomFromWalkUrl(fix.slug, [{ tree: tree.id, path: route.path }], route.final.step) },
    { name: 'not found', url: '/no-such-page/' },
  ];
}

export type Scheme = 'light' | 'dark';

/**
 * Opens a page in a colour scheme and waits until its client part has rendered. Dark is set both ways
 * the site honours it: the system preference (emulateMedia) and the explicit html[data-theme=dark]
 * that the theme toggle writes, so this works with or without the toggle's init script.
 */
export async function openIn(page: Page, url: string, scheme: Scheme): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(url);
  await page.evaluate((s) => {
    document.documentElement.dataset.theme = s;
  }, scheme);
  await settled(page);
}

/** Waits for what renders after hydration: the walk, and search results (or their failure). */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  const path = new URL(page.url()).pathname;
  if (path.startsWith('/troubleshoot/') && path !== '/troubleshoot/') await page.getByTestId('walk').waitFor();
  if (path === '/search/') {
    await page.getByText(/Searching…|Loading search…/).waitFor({ state: 'detached' });
    await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
  }
}

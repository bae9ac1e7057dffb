/**
 * Syntax highlighting for code blocks, done once at build time by Shiki inside the MDX pipeline
 * (mdx-content.tsx), so no highlighter reaches the browser. Only the languages content uses are
 * loaded (README › Adding a symptom lists them), with the JavaScript regex engine rather than the
 * WebAssembly one, which keeps the server bundle plain JavaScript. Anything else renders as text.
 *
 * Both themes are emitted as CSS variables (defaultColor: false); app/globals.css picks one by
 * html[data-theme]. rootStyle: false leaves the block's background to the site's own styles.
 */
import rehypeShikiFromHighlighter from '@shikijs/rehype/core';
import { createHighlighterCore, type HighlighterCore, type ShikiTransformer } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import type { PluggableList } from 'unified';

/** Fence names (```powershell) as authors write them → what the block's label says. */
export const CODE_LANGUAGES: Record<string, string> = { powershell: 'PowerShell', ps1: 'PowerShell', xml: 'XML', json: 'JSON', text: 'Text', plaintext: 'Text', txt: 'Text' };

let highlighter: Promise<HighlighterCore> | undefined;
const loadHighlighter = (): Promise<HighlighterCore> =>
  (highlighter ??= createHighlighterCore({
    themes: [import('shiki/themes/github-light.mjs'), import('shiki/themes/github-dark.mjs')],
    langs: [import('shiki/langs/powershell.mjs'), import('shiki/langs/xml.mjs'), import('shiki/langs/json.mjs')],
    engine: createJavaScriptRegexEngine(),
  }));

/** Puts the fence's language on <pre data-language>, for the label components/mdx/code-block.tsx shows. */
const languageAttribute: ShikiTransformer = {
  name: 'data-language',
  pre(node) {
    node.properties['data-language'] = this.options.lang;
  },
};

export async function rehypeHighlight(): Promise<PluggableList> {
  return [
    [
      rehypeShikiFromHighlighter,
      await loadHighlighter(),
      {
        themes: { light: 'github-light', dark: 'github-dark' },
        defaultColor: false,
        rootStyle: false,
        defaultLanguage: 'text',
        fallbackLanguage: 'text',
        transformers: [languageAttribute],
      },
    ],
  ];
}

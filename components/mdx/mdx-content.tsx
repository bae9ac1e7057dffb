/**
 * Renders a symptom body at build time. MDX is evaluated on the server during `next build`, so no MDX
 * runtime reaches the browser. Allowed components must match ALLOWED_COMPONENTS in lib/content/parse.ts.
 */
import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import remarkGfm from 'remark-gfm';
import type { ReactNode } from 'react';
import type { Step as StepData } from '@/lib/content/schema';
import { symptomUrl } from '@/lib/routes';
import type { OutlineSection } from '@/lib/outline';
import { StepSection } from './step-section';
import { Callout } from './callout';
import { CodeBlock } from './code-block';
import { rehypeHighlight } from './highlight';

export async function MdxContent({ source, slug, steps, outline }: { source: string; slug: string; steps: StepData[]; outline: OutlineSection[] }) {
  const { default: Content } = await evaluate(source, { ...runtime, remarkPlugins: [remarkGfm], rehypePlugins: await rehypeHighlight() });
  const numberOf = (id: string) => steps.findIndex((s) => s.id === id) + 1;
  // Headings render in source order, which is the outline's order (lib/outline.ts), so the n-th <h2>
  // takes the n-th section's id: the anchor "On this page" links to.
  let heading = 0;
  const components = {
    h2: ({ children }: { children?: ReactNode }) => (
      <h2 id={outline[heading++]?.id} className="anchor-target">
        {children}
      </h2>
    ),
    Step: ({ id, title, children }: { id: string; title: string; children?: ReactNode }) => (
      <StepSection id={id} title={title} number={numberOf(id)} permalink={symptomUrl(slug, id)}>
        {children}
      </StepSection>
    ),
    Warning: ({ children }: { children?: ReactNode }) => <Callout kind="warning">{children}</Callout>,
    Note: ({ children }: { children?: ReactNode }) => <Callout kind="note">{children}</Callout>,
    pre: CodeBlock,
  };
  return (
    <div className="prose-kb">
      <Content components={components} />
    </div>
  );
}

/**
 * The map of a walk: the flowchart laid out at build time by lib/tree/layout.ts, drawn as inline SVG.
 * No hooks, so the no-JavaScript walk (nothing lit) and the client walk (the path so far lit, from
 * ?path=) draw the same markup. Every box is a link to that point of the walk or to the fix it ends in.
 * Text sizes must match MAP_METRICS, which sized the boxes.
 */
import Link from 'next/link';
import type { ReactNode } from 'react';
import { MAP_METRICS, type MapNode, type TreeMap } from '@/lib/tree/layout';
import { symptomUrl, treeUrl } from '@/lib/routes';
import type { WalkLinks, WalkMode } from './walk-view';

export type MapLit = { nodes: ReadonlySet<string>; edges: ReadonlySet<string>; current: string };

const { fontSize, lineHeight, padX, padY } = MAP_METRICS;

function nodeHref(node: MapNode, treeId: string, links: WalkLinks, mode: WalkMode): string {
  if (node.kind === 'tree') return treeUrl(node.tree);
  if (node.kind === 'symptom') {
    const info = links.symptoms[node.symptom];
    return info ? symptomUrl(info.slug, node.step) : '/';
  }
  // A question, or the answers of one folded into a "more" box: both open that question.
  const href = treeUrl(treeId, node.path);
  return mode === 'static' ? `${href}#n-${node.key}` : href;
}

function nodeName(node: MapNode, lit: MapLit | undefined): string {
  if (node.kind === 'tree') return `Opens another walk: ${node.text}`;
  if (node.kind === 'symptom') return `Fix: ${node.text} (${node.symptom})`;
  if (node.kind === 'more') return `${node.text}: open the question to see them all`;
  const where = lit?.current === node.id ? ' (you are here)' : lit?.nodes.has(node.id) ? ' (answered)' : '';
  return `Question: ${node.text}${where}`;
}

/** Box styles: questions are square boxes, fixes are green pills, other walks are dashed, folded answers dotted. */
function boxClass(node: MapNode, isLit: boolean, isCurrent: boolean): string {
  if (node.kind === 'symptom') return 'fill-emerald-50 stroke-emerald-600 dark:fill-emerald-950 dark:stroke-emerald-500';
  if (node.kind === 'tree') return 'fill-violet-50 stroke-violet-500 [stroke-dasharray:5_3] dark:fill-violet-950 dark:stroke-violet-400';
  if (node.kind === 'more') return 'fill-slate-100 stroke-slate-500 [stroke-dasharray:2_3] dark:fill-slate-800 dark:stroke-slate-400';
  if (isCurrent) return 'fill-blue-100 stroke-blue-700 [stroke-width:3] dark:fill-blue-900 dark:stroke-blue-300';
  if (isLit) return 'fill-blue-50 stroke-blue-600 [stroke-width:2] dark:fill-blue-950 dark:stroke-blue-400';
  return 'fill-white stroke-slate-400 dark:fill-slate-900 dark:stroke-slate-500';
}

function Lines({ x, y, lines, caption, muted = false }: { x: number; y: number; lines: readonly string[]; caption?: string; muted?: boolean }) {
  return (
    <text x={x} y={y} fontSize={fontSize} className={muted ? 'fill-slate-700 dark:fill-slate-300' : 'fill-slate-900 dark:fill-slate-100'}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? fontSize : lineHeight}>
          {line}
        </tspan>
      ))}
      {caption && (
        <tspan x={x} dy={lineHeight} fontSize={fontSize - 2} className="fill-slate-600 dark:fill-slate-400">
          {caption}
        </tspan>
      )}
    </text>
  );
}

export function TreeMapSvg({ map, treeId, title, links, lit, mode, idPrefix }: {
  map: TreeMap;
  treeId: string;
  title: string;
  links: WalkLinks;
  lit?: MapLit;
  mode: WalkMode;
  /** Keeps marker and title ids unique on the page. */
  idPrefix: string;
}) {
  const A = mode === 'client' ? Link : 'a';
  const questions = map.nodes.filter((n) => n.kind === 'question').length;
  const places = map.nodes.reduce((n, node) => n + (node.kind === 'question' ? 0 : node.kind === 'more' ? node.count : 1), 0);
  const arrow = (isLit: boolean) => `url(#${idPrefix}-arrow${isLit ? '-lit' : ''})`;
  return (
    <svg
      width={map.width}
      height={map.height}
      viewBox={`0 0 ${map.width} ${map.height}`}
      aria-labelledby={`${idPrefix}-title`}
      aria-describedby={`${idPrefix}-desc`}
      className="block max-w-none"
      data-testid="tree-map"
    >
      <title id={`${idPrefix}-title`}>{`Map of “${title}”`}</title>
      <desc id={`${idPrefix}-desc`}>
        {`${questions} questions and ${places} places the answers lead to. Each box is a link to that question or fix.${lit ? ' Your answers so far are highlighted.' : ''}`}
      </desc>
      <defs>
        {[false, true].map((isLit) => (
          <marker key={String(isLit)} id={`${idPrefix}-arrow${isLit ? '-lit' : ''}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0L10,5L0,10z" className={isLit ? 'fill-blue-600 dark:fill-blue-400' : 'fill-slate-400 dark:fill-slate-500'} />
          </marker>
        ))}
      </defs>
      {/* The edges repeat the answers the boxes' links already lead through, so assistive tech skips
          them. Labels go after every line, so no line is drawn across a label. */}
      <g aria-hidden="true">
        {map.edges.map((e) => {
          const isLit = lit?.edges.has(e.id) ?? false;
          return (
            <path
              key={e.id}
              d={e.d}
              fill="none"
              markerEnd={arrow(isLit)}
              data-edge={e.id}
              data-lit={isLit ? '' : undefined}
              className={isLit ? 'stroke-blue-600 [stroke-width:2.5] dark:stroke-blue-400' : 'stroke-slate-400 [stroke-width:1.25] dark:stroke-slate-500'}
            />
          );
        })}
        {map.edges.map((e) => (
          <g key={e.id}>
            <rect {...e.label} rx={3} className="fill-slate-50 dark:fill-slate-900" />
            <Lines x={e.label.x + 4} y={e.label.y + 2} lines={e.lines} muted={!lit?.edges.has(e.id)} />
          </g>
        ))}
      </g>
      {map.nodes.map((node): ReactNode => {
        const isCurrent = lit?.current === node.id;
        const isLit = lit?.nodes.has(node.id) ?? false;
        return (
          <A
            key={node.id}
            href={nodeHref(node, treeId, links, mode)}
            aria-label={nodeName(node, lit)}
            aria-current={isCurrent ? 'step' : undefined}
            data-node={node.id}
            data-lit={isLit ? '' : undefined}
            className="group"
          >
            <title>{node.text}</title>
            <rect {...node.box} rx={node.kind === 'symptom' ? 14 : 4} className={`${boxClass(node, isLit, isCurrent)} group-hover:stroke-blue-800 dark:group-hover:stroke-blue-200`} />
            <Lines x={node.box.x + padX} y={node.box.y + padY - 2} lines={node.lines} caption={node.caption} />
          </A>
        );
      })}
    </svg>
  );
}

/**
 * The map in a closed-by-default disclosure below the walk, so it is there for orientation without
 * putting a second set of links in the keyboard path of someone answering questions.
 */
export function TreeMapPanel(props: Parameters<typeof TreeMapSvg>[0]) {
  return (
    <details className="no-print group/map rounded-lg border border-slate-200 dark:border-slate-700" data-testid="tree-map-panel">
      <summary className="cursor-pointer px-4 py-2 font-medium text-slate-800 dark:text-slate-200">Map of this diagnosis</summary>
      <div className="space-y-2 border-t border-slate-200 p-2 dark:border-slate-700">
        <p className="px-2 text-sm text-slate-600 dark:text-slate-400">
          {props.lit ? 'Blue boxes are the questions you have answered; the thick outline is where you are. ' : ''}
          Green boxes are fixes. Select any box to go there.
        </p>
        {/* Scrolls inside its own box: the flowchart is wider than a phone, and the page must not be. */}
        <div className="max-h-[70vh] overflow-auto rounded bg-slate-50 dark:bg-slate-900" data-map-box="">
          <TreeMapSvg {...props} />
        </div>
      </div>
    </details>
  );
}

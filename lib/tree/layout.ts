/**
 * Lays a decision tree out as a flowchart, at build time: questions are boxes, each answer is an edge
 * labelled with its text, and answers that leave the tree (to a symptom page or another tree) end in a
 * terminal box of their own. dagre does the placing; this module only sizes the boxes and shapes the
 * result into plain data, so the page renders an SVG from it and the browser does no layout work.
 *
 * Text can't be measured without a browser, so boxes are sized from a character-count estimate that is
 * deliberately wide (MAP_METRICS.charWidth); components/walk/tree-map.tsx must draw text at the same
 * fontSize and lineHeight for the boxes to fit.
 */
import dagre, { type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import type { Answer, Tree } from '../content/schema';
import { shortestPaths } from './walk';

export const MAP_METRICS = {
  fontSize: 13,
  lineHeight: 16,
  /** Average advance of a 13 px sans-serif character, rounded up so wrapped lines never overflow. */
  charWidth: 7.5,
  padX: 10,
  padY: 8,
  questionWidth: 230,
  leafWidth: 200,
  labelWidth: 150,
  /** Edge labels longer than this many lines end in an ellipsis (the full text is in the SVG title). */
  labelLines: 3,
  /**
   * A question with more answers leaving the tree than this draws the first `leavesShown - 1` and one
   * "N more answers" box that opens the question, where the walk lists them all. A column of hundreds of
   * boxes is no map, and laying it out costs seconds per tree.
   */
  leavesShown: 8,
} as const;

/** Top-left corner and size, in SVG user units. */
export type Box = { x: number; y: number; width: number; height: number };
export type Point = { x: number; y: number };

type NodeCommon = {
  /** Unique in the map; see questionId for question nodes. */
  id: string;
  box: Box;
  /** Full text, for the accessible name and tooltip. */
  text: string;
  /** `text` wrapped to fit the box. */
  lines: string[];
  /** A smaller last line: the symptom id, or that the box opens another walk. */
  caption?: string;
};

/** A box in the map: a question of this tree, or where an answer leaves it. */
export type MapNode =
  | (NodeCommon & { kind: 'question'; key: string; /** Shortest `?path=` that reaches this question. */ path: string[] })
  | (NodeCommon & { kind: 'symptom'; symptom: string; step?: string })
  | (NodeCommon & { kind: 'tree'; tree: string })
  /** The answers of question `key` not drawn (see MAP_METRICS.leavesShown); links to that question. */
  | (NodeCommon & { kind: 'more'; key: string; path: string[]; count: number });

/** An answer: from a question to the next box, labelled with the answer's text. */
export type MapEdge = {
  id: string;
  from: string;
  to: string;
  text: string;
  lines: string[];
  /** dagre's route, from the edge of one box to the edge of the other. */
  points: Point[];
  /** SVG path data: a B-spline through `points`, the curve dagre's own renderers draw. */
  d: string;
  label: Box;
};

export type TreeMap = { width: number; height: number; nodes: MapNode[]; edges: MapEdge[] };

/** Display names for what answers lead to outside the tree. */
export type TargetNames = { symptom: (id: string) => string; tree: (id: string) => string };

export const questionId = (key: string): string => `q:${key}`;
export const edgeId = (from: string, to: string): string => `${from}>${to}`;

/**
 * Greedy word wrap to `maxChars` per line. A word longer than a line (error identifiers often are) is
 * cut into pieces. Past `maxLines`, the last line ends in an ellipsis.
 */
export function wrapText(text: string, maxChars: number, maxLines = Infinity): string[] {
  const words = text.trim().split(/\s+/).flatMap((w) => (w.length <= maxChars ? [w] : (w.match(new RegExp(`.{1,${maxChars}}`, 'g')) ?? [])));
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const end = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${end.length < maxChars ? end : end.slice(0, maxChars - 1)}…`;
  return kept;
}

const charsFor = (width: number): number => Math.floor((width - 2 * MAP_METRICS.padX) / MAP_METRICS.charWidth);
const heightFor = (lineCount: number): number => lineCount * MAP_METRICS.lineHeight + 2 * MAP_METRICS.padY;
const round = (n: number): number => Math.round(n * 10) / 10;

/** SVG path data for a uniform cubic B-spline through `points` (d3's curveBasis, which dagre-d3 uses). */
export function splinePath(points: readonly Point[]): string {
  const xy = (x: number, y: number): string => `${round(x)},${round(y)}`;
  const [first, second] = points;
  if (!first || !second) return first ? `M${xy(first.x, first.y)}` : '';
  if (points.length === 2) return `M${xy(first.x, first.y)}L${xy(second.x, second.y)}`;
  const bezier = (a: Point, b: Point, c: Point): string =>
    `C${xy((2 * a.x + b.x) / 3, (2 * a.y + b.y) / 3)} ${xy((a.x + 2 * b.x) / 3, (a.y + 2 * b.y) / 3)} ${xy((a.x + 4 * b.x + c.x) / 6, (a.y + 4 * b.y + c.y) / 6)}`;
  let d = `M${xy(first.x, first.y)}L${xy((5 * first.x + second.x) / 6, (5 * first.y + second.y) / 6)}`;
  let [a, b] = [first, second];
  for (const c of points.slice(2)) {
    d += bezier(a, b, c);
    [a, b] = [b, c];
  }
  return `${d}${bezier(a, b, b)}L${xy(b.x, b.y)}`;
}

type Pending = Omit<NodeCommon, 'box'> & { width: number; height: number } & (
    | { kind: 'question'; key: string; path: string[] }
    | { kind: 'symptom'; symptom: string; step?: string }
    | { kind: 'tree'; tree: string }
    | { kind: 'more'; key: string; path: string[]; count: number }
  );

export const moreId = (key: string): string => `m:${key}`;

/** The answers of a node drawn as their own boxes, and how many are folded into one "more" box. */
function drawnAnswers(answers: readonly Answer[]): { drawn: Array<{ answer: Answer; index: number }>; folded: number } {
  const leaves = answers.filter((a) => a.node === undefined).length;
  const keep = leaves > MAP_METRICS.leavesShown ? MAP_METRICS.leavesShown - 1 : leaves;
  let seen = 0;
  const drawn = answers.flatMap((answer, index) => (answer.node !== undefined || seen++ < keep ? [{ answer, index }] : []));
  return { drawn, folded: leaves - keep };
}

function leafFor(answer: Answer, id: string, names: TargetNames): Pending {
  const width = MAP_METRICS.leafWidth;
  if (answer.tree !== undefined) {
    const text = names.tree(answer.tree);
    const lines = wrapText(text, charsFor(width));
    return { kind: 'tree', tree: answer.tree, id, text, lines, caption: 'Opens another walk', width, height: heightFor(lines.length + 1) };
  }
  const symptom = answer.symptom ?? '';
  const text = names.symptom(symptom);
  const lines = wrapText(text, charsFor(width));
  return { kind: 'symptom', symptom, step: answer.step, id, text, lines, caption: symptom, width, height: heightFor(lines.length + 1) };
}

/**
 * Positions every question of `tree`, one terminal box per answer that leaves it, and every answer as
 * a labelled edge. Nodes come back in reading order (a question, its fixes, then the questions it
 * leads to), which is the order the drawn map's links are tabbed through.
 */
export function layoutTree(tree: Tree, names: TargetNames): TreeMap {
  const paths = shortestPaths(tree);
  const pending: Pending[] = [];
  const answers: Array<{ from: string; to: string; text: string }> = [];
  const visit = (key: string): void => {
    const node = tree.nodes[key];
    if (!node || pending.some((p) => p.id === questionId(key))) return;
    const lines = wrapText(node.question, charsFor(MAP_METRICS.questionWidth));
    const path = paths.get(key) ?? [];
    pending.push({ kind: 'question', key, path, id: questionId(key), text: node.question, lines, width: MAP_METRICS.questionWidth, height: heightFor(lines.length) });
    const { drawn, folded } = drawnAnswers(node.answers);
    for (const { answer, index } of drawn) {
      if (answer.node !== undefined) {
        answers.push({ from: questionId(key), to: questionId(answer.node), text: answer.label });
        visit(answer.node);
      } else {
        const leaf = leafFor(answer, `a:${key}:${index}`, names);
        answers.push({ from: questionId(key), to: leaf.id, text: answer.label });
        pending.push(leaf);
      }
    }
    if (folded > 0) {
      const width = MAP_METRICS.leafWidth;
      const text = `${folded} more answers`;
      pending.push({ kind: 'more', key, path, count: folded, id: moreId(key), text, lines: [text], caption: 'Open the question to see all', width, height: heightFor(2) });
      answers.push({ from: questionId(key), to: moreId(key), text: '…' });
    }
  };
  visit(tree.root);

  // The order links are tabbed through: a question, the fixes it leads to, then its next questions.
  // (dagre is fed depth-first order above, which gives it its best start for these trees.)
  const reading: string[] = [];
  const read = (key: string): void => {
    const node = tree.nodes[key];
    if (!node || reading.includes(questionId(key))) return;
    reading.push(questionId(key));
    const { drawn, folded } = drawnAnswers(node.answers);
    drawn.forEach(({ answer, index }) => answer.node === undefined && reading.push(`a:${key}:${index}`));
    if (folded > 0) reading.push(moreId(key));
    node.answers.forEach((a) => a.node !== undefined && read(a.node));
  };
  read(tree.root);

  const labelLines = answers.map((a) => wrapText(a.text, charsFor(MAP_METRICS.labelWidth), MAP_METRICS.labelLines));
  // dagre's result depends on direction and alignment, and no one setting suits every tree: a long
  // chain of questions reads best top to bottom, a question with many answers left to right. So lay
  // out each way and keep the best: no answer drawn through an unrelated box, then narrow (a page
  // scrolls down more naturally than sideways). On a tie the first wins, and dagre's balanced default
  // comes first: it centres a question on its answers, where a corner alignment bunches the edges.
  const candidates = (['TB', 'LR'] as const).flatMap((rankdir) =>
    ([undefined, 'UL', 'UR', 'DL', 'DR'] as const).map((align) => place(pending, answers, labelLines, rankdir, align)),
  );
  const score = (m: TreeMap): number => 400 * edgesThroughBoxes(m) + m.width;
  const best = candidates.reduce((a, b) => (score(b) < score(a) ? b : a));
  return { ...best, nodes: [...best.nodes].sort((a, b) => reading.indexOf(a.id) - reading.indexOf(b.id)) };
}

/** How many edges pass through a box other than the two they join (sampled along dagre's route). */
export function edgesThroughBoxes(map: TreeMap): number {
  const inside = (p: Point, b: Box): boolean => p.x > b.x + 1 && p.x < b.x + b.width - 1 && p.y > b.y + 1 && p.y < b.y + b.height - 1;
  return map.edges.filter((e) =>
    map.nodes.some(
      (n) =>
        n.id !== e.from &&
        n.id !== e.to &&
        e.points.slice(1).some((q, i) => {
          const p = e.points[i]!;
          const steps = Math.max(1, Math.ceil(Math.hypot(q.x - p.x, q.y - p.y) / 4));
          return Array.from({ length: steps + 1 }, (_, k) => ({ x: p.x + ((q.x - p.x) * k) / steps, y: p.y + ((q.y - p.y) * k) / steps })).some((pt) => inside(pt, n.box));
        }),
    ),
  ).length;
}

function place(
  pending: readonly Pending[],
  answers: ReadonlyArray<{ from: string; to: string; text: string }>,
  labelLines: readonly string[][],
  rankdir: 'TB' | 'LR',
  align: GraphLabel['align'],
): TreeMap {
  const g = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>();
  g.setGraph({ rankdir, align, nodesep: 18, ranksep: 26, edgesep: 10, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const p of pending) g.setNode(p.id, { width: p.width, height: p.height });
  answers.forEach((a, i) => {
    const lines = labelLines[i]!;
    const width = Math.max(...lines.map((l) => l.length)) * MAP_METRICS.charWidth + 2 * 4;
    // Question-to-question edges weigh more, so dagre keeps the spine of the walk straight and lets
    // the exits to fixes bend instead.
    const weight = a.to.startsWith('q:') ? 5 : 1;
    g.setEdge(a.from, a.to, { width, height: lines.length * MAP_METRICS.lineHeight + 4, labelpos: 'c', weight });
  });
  // Keep each question's answers in the order the walk lists them (dagre may otherwise mirror them).
  const constraints = [...new Set(answers.map((a) => a.from))].flatMap((from) => {
    const targets = answers.filter((a) => a.from === from).map((a) => a.to);
    return targets.slice(1).map((right, i) => ({ left: targets[i]!, right }));
  });
  dagre.layout(g, { constraints });

  const nodes = pending.map(({ width, height, ...rest }): MapNode => {
    const { x = 0, y = 0 } = g.node(rest.id);
    return { ...rest, box: { x: round(x - width / 2), y: round(y - height / 2), width, height } };
  });
  const labels = answers.map((a): Box => {
    const { x = 0, y = 0, width = 0, height = 0 } = g.edge(a.from, a.to);
    return { x: round(x - width / 2), y: round(y - height / 2), width, height };
  });
  const boxOf = new Map(nodes.map((n) => [n.id, n.box]));
  const route = router([...nodes.map((n) => n.box), ...labels], rankdir);
  const edges = answers.map((a, i): MapEdge => {
    const points = route(boxOf.get(a.from)!, boxOf.get(a.to)!, (g.edge(a.from, a.to).points ?? []).slice(1, -1));
    return { id: edgeId(a.from, a.to), from: a.from, to: a.to, text: a.text, lines: labelLines[i]!, points, d: splinePath(points), label: labels[i]! };
  });
  const { width = 0, height = 0 } = g.graph();
  return { width: Math.ceil(width), height: Math.ceil(height), nodes, edges };
}

/**
 * Routes an edge like a flowchart: straight out of the far side of its box, past the deepest box of
 * that rank, then through each of dagre's bends (the label, and any rank the edge skips) straight
 * across that bend's rank, and straight into the near side of the next box. dagre's own end points
 * are where a straight line to the first bend leaves the box, which for a steep edge is the box's
 * side, and from there such lines run through the boxes and labels beside it. Here every slanted
 * run stays in the gaps between ranks, where nothing is drawn.
 */
function router(boxes: readonly Box[], rankdir: 'TB' | 'LR') {
  const across = rankdir === 'LR';
  const centre = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
  const along = (p: Point): number => (across ? p.x : p.y);
  const moved = (p: Point, by: number): Point => (across ? { x: p.x + by, y: p.y } : { x: p.x, y: p.y + by });
  const half = (b: Box): number => (across ? b.width : b.height) / 2;
  /** Half the depth of each rank (boxes and labels), keyed by the rank's centre line. */
  const rankHalf = new Map<number, number>();
  for (const b of boxes) {
    const key = Math.round(along(centre(b)));
    rankHalf.set(key, Math.max(rankHalf.get(key) ?? 0, half(b)));
  }
  const outer = (p: Point): number => rankHalf.get(Math.round(along(p))) ?? 0;
  const STUB = 4;
  return (a: Box, b: Box, bends: readonly Point[]): Point[] => {
    const [ca, cb] = [centre(a), centre(b)];
    const points = [
      moved(ca, half(a)),
      moved(ca, outer(ca) + STUB),
      ...bends.flatMap((p) => [moved(p, -outer(p) - STUB), moved(p, outer(p) + STUB)]),
      moved(cb, -outer(cb) - STUB),
      moved(cb, -half(b)),
    ];
    return points
      .map((p) => ({ x: round(p.x), y: round(p.y) }))
      .filter((p, i, all) => i === 0 || p.x !== all[i - 1]!.x || p.y !== all[i - 1]!.y);
  };
}

/** The boxes and edges to light for a walk at `path` (node keys after the root, as in `?path=`). */
export function litPath(tree: Tree, path: readonly string[]): { nodes: Set<string>; edges: Set<string>; current: string } {
  const ids = [tree.root, ...path].map(questionId);
  return { nodes: new Set(ids), edges: new Set(ids.slice(1).map((id, i) => edgeId(ids[i]!, id))), current: ids[ids.length - 1]! };
}

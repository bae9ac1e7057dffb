import { describe, expect, it } from 'vitest';
import type { Tree } from '@/lib/content/schema';
import { edgesThroughBoxes, layoutTree, litPath, MAP_METRICS, questionId, splinePath, wrapText, type Box } from '@/lib/tree/layout';

/** A walk with a spine of questions, exits to fixes on the way, one question reached twice, and another walk. */
const tree: Tree = {
  file: 'content/trees/start.yaml',
  id: 'start',
  title: 'Start',
  summary: 'Where does it fail?',
  entry: true,
  root: 'services',
  nodes: {
    services: {
      question: 'Are both services running on the agent server?',
      answers: [
        { label: 'Yes', node: 'token' },
        { label: 'One is stopped', symptom: 'PT-0102' },
        { label: 'I am not sure how to check', node: 'check' },
      ],
    },
    check: { question: 'Can you open Services.msc?', answers: [{ label: 'Yes, and both run', node: 'token' }, { label: 'No', tree: 'other' }] },
    token: {
      question: 'Is the secret token the same in the portal and on the host?',
      answers: [
        { label: 'Yes', node: 'log' },
        { label: 'Not sure', symptom: 'PT-0104', step: 'reset-token' },
      ],
    },
    log: {
      question: 'What does the log say?',
      answers: [
        { label: 'SystemForCrossDomainIdentityManagementCredentialValidationUnavailable', symptom: 'PT-0107' },
        { label: 'Nothing useful', symptom: 'PT-0101' },
      ],
    },
  },
};
const names = { symptom: (id: string) => `Fix ${id}`, tree: (id: string) => `Walk ${id}` };

const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** Within the box (to rounding) and on one of its sides. */
const onBorder = (p: { x: number; y: number }, b: Box): boolean => {
  const near = (a: number, c: number) => Math.abs(a - c) < 0.2;
  const within = p.x >= b.x - 0.2 && p.x <= b.x + b.width + 0.2 && p.y >= b.y - 0.2 && p.y <= b.y + b.height + 0.2;
  return within && (near(p.x, b.x) || near(p.x, b.x + b.width) || near(p.y, b.y) || near(p.y, b.y + b.height));
};

describe('layoutTree', () => {
  const map = layoutTree(tree, names);

  it('draws every question once and one terminal box per answer that leaves it, in reading order', () => {
    expect(map.nodes.map((n) => n.id)).toEqual([
      'q:services', 'a:services:1', 'q:token', 'a:token:1', 'q:log', 'a:log:0', 'a:log:1', 'q:check', 'a:check:1',
    ]);
    const leaf = map.nodes.find((n) => n.id === 'a:token:1');
    expect(leaf).toMatchObject({ kind: 'symptom', symptom: 'PT-0104', step: 'reset-token', text: 'Fix PT-0104', caption: 'PT-0104' });
    expect(map.nodes.find((n) => n.id === 'a:check:1')).toMatchObject({ kind: 'tree', tree: 'other', text: 'Walk other' });
  });

  it('gives each question the shortest ?path= that reaches it', () => {
    const paths = Object.fromEntries(map.nodes.flatMap((n) => (n.kind === 'question' ? [[n.key, n.path]] : [])));
    expect(paths).toEqual({ services: [], token: ['token'], log: ['token', 'log'], check: ['check'] });
  });

  it('draws every answer as an edge labelled with its text, including two answers into one question', () => {
    expect(map.edges).toHaveLength(9);
    const intoToken = map.edges.filter((e) => e.to === questionId('token')).map((e) => e.from).sort();
    expect(intoToken).toEqual(['q:check', 'q:services']);
    const long = map.edges.find((e) => e.to === 'a:log:0')!;
    expect(long.text).toBe('SystemForCrossDomainIdentityManagementCredentialValidationUnavailable');
    expect(long.lines.length).toBeLessThanOrEqual(MAP_METRICS.labelLines);
    expect(long.lines.at(-1)).toMatch(/…$/);
  });

  it('places boxes and labels inside the drawing without overlapping each other', () => {
    const boxes = [...map.nodes.map((n) => n.box), ...map.edges.map((e) => e.label)];
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(map.width);
      expect(b.y + b.height).toBeLessThanOrEqual(map.height);
    }
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
  });

  it('sizes every box to hold its wrapped text', () => {
    for (const n of map.nodes) {
      const widest = Math.max(...n.lines.map((l) => l.length), (n.caption ?? '').length);
      expect(widest * MAP_METRICS.charWidth).toBeLessThanOrEqual(n.box.width - 2 * MAP_METRICS.padX);
      expect(n.box.height).toBe((n.lines.length + (n.caption ? 1 : 0)) * MAP_METRICS.lineHeight + 2 * MAP_METRICS.padY);
    }
  });

  it('runs each edge from the border of one box to the border of the next, through no other box', () => {
    const box = (id: string) => map.nodes.find((n) => n.id === id)!.box;
    for (const e of map.edges) {
      expect(onBorder(e.points[0]!, box(e.from))).toBe(true);
      expect(onBorder(e.points.at(-1)!, box(e.to))).toBe(true);
      expect(e.d.startsWith(`M${e.points[0]!.x},${e.points[0]!.y}`)).toBe(true);
      expect(e.d.endsWith(`${e.points.at(-1)!.x},${e.points.at(-1)!.y}`)).toBe(true);
    }
    expect(edgesThroughBoxes(map)).toBe(0);
  });

  it('is deterministic, so the build and the HTML it writes are stable', () => {
    expect(layoutTree(tree, names)).toEqual(map);
  });

  it('lays a question with many answers out sideways, in answer order, rather than very wide', () => {
    const fan: Tree = {
      ...tree,
      root: 'what',
      nodes: { what: { question: 'What do the logs show?', answers: Array.from({ length: 8 }, (_, i) => ({ label: `Error ${i}`, symptom: `PT-010${i}` })) } },
    };
    const wide = layoutTree(fan, names);
    const [root, ...leaves] = wide.nodes;
    for (const leaf of leaves) expect(leaf.box.x).toBeGreaterThan(root!.box.x + root!.box.width);
    // In the order the walk lists the answers, top to bottom.
    const ys = leaves.map((l) => l.box.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(wide.width).toBeLessThan(2 * (MAP_METRICS.questionWidth + MAP_METRICS.leafWidth));
  });

  it('folds hundreds of answers of one question into a few boxes and one that opens the question', () => {
    const many = (from: number) => Array.from({ length: 300 }, (_, i) => ({ label: `Error ${from + i}`, symptom: `PT-${String(from + i).padStart(4, '0')}` }));
    const huge: Tree = {
      ...tree,
      root: 'area',
      nodes: {
        area: { question: 'Which area?', answers: [{ label: 'Agent', node: 'agent' }, ...many(1000), { label: 'Host', node: 'host' }] },
        agent: { question: 'Which agent error?', answers: many(2000) },
        host: { question: 'Which host error?', answers: [{ label: 'Back', node: 'agent' }, ...many(3000)] },
      },
    };
    const map = layoutTree(huge, names);
    const shown = MAP_METRICS.leavesShown - 1;
    // Every question is drawn; each keeps its first answers in order, and the rest are one box.
    expect(map.nodes.filter((n) => n.kind === 'question')).toHaveLength(3);
    expect(map.nodes.filter((n) => n.kind === 'symptom')).toHaveLength(3 * shown);
    const more = map.nodes.filter((n) => n.kind === 'more');
    expect(more.map((n) => n.kind === 'more' && [n.key, n.count, n.text, n.path])).toEqual([
      ['area', 300 - shown, `${300 - shown} more answers`, []],
      ['agent', 300 - shown, `${300 - shown} more answers`, ['agent']],
      ['host', 300 - shown, `${300 - shown} more answers`, ['host']],
    ]);
    expect(map.nodes.filter((n) => n.kind === 'symptom' && n.id.startsWith('a:area:')).map((n) => n.text)).toEqual(
      Array.from({ length: shown }, (_, i) => `Fix PT-${1000 + i}`),
    );
    // Question-to-question answers are never folded: the walk's structure stays whole.
    expect(map.edges.map((e) => e.id)).toEqual(expect.arrayContaining(['q:area>q:agent', 'q:area>q:host', 'q:host>q:agent', 'q:area>m:area']));
    expect(edgesThroughBoxes(map)).toBe(0);
  });

  it('draws a question with a few answers in full', () => {
    const few: Tree = { ...tree, root: 'q', nodes: { q: { question: 'Q?', answers: Array.from({ length: MAP_METRICS.leavesShown }, (_, i) => ({ label: `E${i}`, symptom: `PT-010${i}` })) } } };
    const map = layoutTree(few, names);
    expect(map.nodes.filter((n) => n.kind === 'symptom')).toHaveLength(MAP_METRICS.leavesShown);
    expect(map.nodes.some((n) => n.kind === 'more')).toBe(false);
  });
});

describe('litPath', () => {
  it('lights the root, the questions on ?path= and the answers between them; the last is current', () => {
    const lit = litPath(tree, ['check', 'token']);
    expect([...lit.nodes]).toEqual(['q:services', 'q:check', 'q:token']);
    expect([...lit.edges]).toEqual(['q:services>q:check', 'q:check>q:token']);
    expect(lit.current).toBe('q:token');
    expect(litPath(tree, [])).toEqual({ nodes: new Set(['q:services']), edges: new Set(), current: 'q:services' });
  });
});

describe('wrapText', () => {
  it('wraps at word boundaries within the limit', () => {
    expect(wrapText('Is the secret token the same in the portal', 16)).toEqual(['Is the secret', 'token the same', 'in the portal']);
  });
  it('cuts a word longer than a line into pieces', () => {
    expect(wrapText('RegisterNotLoadedAssemblies error', 10)).toEqual(['RegisterNo', 'tLoadedAss', 'emblies', 'error']);
  });
  it('ends in an ellipsis past the line limit', () => {
    expect(wrapText('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
  });
});

describe('splinePath', () => {
  it('draws a line for two points and a curve from the first to the last point for more', () => {
    expect(splinePath([{ x: 0, y: 0 }, { x: 0, y: 10 }])).toBe('M0,0L0,10');
    const d = splinePath([{ x: 0, y: 0 }, { x: 6, y: 6 }, { x: 12, y: 0 }]);
    expect(d).toMatch(/^M0,0L1,1C/);
    expect(d).toMatch(/L12,0$/);
  });
});

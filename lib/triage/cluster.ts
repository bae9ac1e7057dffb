/**
 * Drain-style clustering of error templates (He et al., "Drain: An Online Log Parsing Approach with
 * Fixed Depth Tree", ICWS 2017), over lines the search normaliser has already masked.
 *
 * Lines are grouped first by their number of tokens, then by their first token; inside a group a line
 * joins the most similar cluster when the share of positions whose tokens are equal (wildcards not
 * counted) reaches `SIMILARITY_THRESHOLD`, and the positions where they differ become a wildcard.
 * Otherwise it starts a cluster of its own. One pass, linear in the number of lines times the clusters
 * of a group, so ten thousand tickets cluster in well under a second.
 */

/** A position where the lines of one cluster differ. Masked variables keep their own `{kind}` slot. */
export const WILDCARD = '{*}';
/**
 * At least half the positions of two lines of the same length must hold the same token. Lower and free
 * text of equal length starts to merge; higher and an error whose unmasked variable (a user name, a
 * table, a file name) spans several tokens splits into one cluster per value.
 */
export const SIMILARITY_THRESHOLD = 0.5;
/** Longer lines are cut here: the shape of an error is in its first words, and a group stays small. */
export const MAX_TOKENS = 48;

export type TemplateCluster = {
  /** Tokens, with `{*}` where the members differ. */
  template: string[];
  /** Indexes into the input list, in input order. */
  members: number[];
};

const isSlot = (token: string): boolean => token.startsWith('{') && token.endsWith('}');
const hasDigit = /\d/;

/** The first-level key: a token that is a variable, or holds a digit, could be anything. */
const firstKey = (token: string | undefined): string =>
  token === undefined || isSlot(token) || hasDigit.test(token) ? WILDCARD : token.toLowerCase();

/** Share of positions where the template holds the line's token; wildcard positions count as different. */
function similarity(template: readonly string[], tokens: readonly string[]): { same: number; wild: number } {
  let same = 0;
  let wild = 0;
  for (let i = 0; i < template.length; i++) {
    const t = template[i];
    if (t === WILDCARD) wild++;
    else if (t === tokens[i]) same++;
  }
  return { same: same / template.length, wild };
}

/**
 * A quoted or parenthesised value is one token: "duplicate key value is (Jo Ann Smith)" and "… is (Li)"
 * then have the same length, and the value becomes one wildcard. A quote must stand apart from letters
 * on its outer side, so "don't … it's" is not a quoted value.
 */
const TOKEN = /(?<![\p{L}\p{N}])'[^'\n]{1,80}'(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])"[^"\n]{1,80}"(?![\p{L}\p{N}])|\([^()\n]{1,80}\)|\S+/gu;

/** Splits a masked line into the tokens clustering compares: words, quoted values and slots. */
export function templateTokens(masked: string): string[] {
  const tokens: string[] = [];
  for (const m of masked.matchAll(TOKEN)) {
    tokens.push(m[0]);
    if (tokens.length === MAX_TOKENS) break;
  }
  return tokens;
}

export function clusterTemplates(lines: readonly (readonly string[])[], threshold: number = SIMILARITY_THRESHOLD): TemplateCluster[] {
  const groups = new Map<string, TemplateCluster[]>();
  const clusters: TemplateCluster[] = [];
  lines.forEach((tokens, index) => {
    const key = `${tokens.length}\u0000${firstKey(tokens[0])}`;
    let group = groups.get(key);
    if (!group) {
      group = [];
      groups.set(key, group);
    }
    let best: TemplateCluster | undefined;
    let bestSame = -1;
    let bestWild = -1;
    for (const cluster of group) {
      const { same, wild } = similarity(cluster.template, tokens);
      if (same > bestSame || (same === bestSame && wild > bestWild)) {
        best = cluster;
        bestSame = same;
        bestWild = wild;
      }
    }
    // An empty line has no shape: every empty line is the same (empty) template.
    if (best && (bestSame >= threshold || tokens.length === 0)) {
      best.members.push(index);
      best.template = best.template.map((t, i) => (t === tokens[i] ? t : WILDCARD));
      return;
    }
    const cluster: TemplateCluster = { template: [...tokens], members: [index] };
    group.push(cluster);
    clusters.push(cluster);
  });
  return clusters;
}

import type { ReuseEdge, ReuseGraph } from './reuse-graph';

/** A node placed on the drawing. */
export interface PlacedNode {
  column: number;
  x: number;
  y: number;
  label: string;
  date?: string;
}

/** An arrow placed on the drawing: an SVG path from the source to the target, and where its share is written. */
export interface PlacedEdge {
  edge: ReuseEdge;
  /** SVG path data (`M … Q …`). */
  d: string;
  labelX: number;
  labelY: number;
  strokeWidth: number;
}

/** The reuse graph laid out for an SVG of `width` × `height` user units. */
export interface GraphLayout {
  width: number;
  height: number;
  radius: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** Above this many arrows per article, only each article's likeliest source is drawn. */
const MAX_ARROWS_PER_NODE = 2;
const SPACING = 120;
const MARGIN = 70;
const RADIUS = 16;
const LABEL_SPACE = 40;

/**
 * The arrows worth drawing: all of them, or only each article's likeliest source when there are more than two per
 * article (a story where everyone copies everyone would be a tangle).
 */
export function visibleEdges(graph: ReuseGraph): ReuseEdge[] {
  if (graph.edges.length <= MAX_ARROWS_PER_NODE * graph.nodes.length) return graph.edges;
  return graph.edges.filter((e) => e.primary);
}

/**
 * Lays a reuse graph out as a timeline: articles left to right in date order on one line, each arrow an arc from
 * source to target (above the line when the source is the earlier article, below otherwise), thicker for a larger
 * share; only the `visibleEdges`. Pure: the same graph gives the same drawing, on screen and in exports.
 */
export function layoutReuseGraph(graph: ReuseGraph): GraphLayout {
  const shown = visibleEdges(graph);
  const count = graph.nodes.length;
  const span = Math.max(0, count - 1) * SPACING;
  const arcOf = (edge: ReuseEdge): number => 22 + 0.3 * Math.abs(edge.target - edge.source) * SPACING;
  const above = Math.max(0, ...shown.filter((e) => e.source < e.target).map(arcOf));
  const below = Math.max(0, ...shown.filter((e) => e.source > e.target).map(arcOf));
  const baseline = RADIUS + 8 + above / 2 + 14;
  const width = span + 2 * MARGIN;
  const height = baseline + RADIUS + LABEL_SPACE + below / 2 + 8;
  const nodes = graph.nodes.map((node, i): PlacedNode => {
    const placed: PlacedNode = {
      column: node.column,
      x: MARGIN + i * SPACING,
      y: baseline,
      label: node.label,
    };
    if (node.date) placed.date = node.date;
    return placed;
  });
  const xOf = (column: number): number => nodes.find((n) => n.column === column)?.x ?? MARGIN;
  const edges = shown.map((edge): PlacedEdge => {
    const x1 = xOf(edge.source);
    const x2 = xOf(edge.target);
    const up = edge.source < edge.target;
    const sign = up ? -1 : 1;
    const y = baseline + sign * (RADIUS - 4);
    const lift = sign * arcOf(edge);
    const mid = (x1 + x2) / 2;
    const start = x1 + (x2 > x1 ? 6 : -6);
    const end = x2 + (x2 > x1 ? -6 : 6);
    return {
      edge,
      d: `M ${fixed(start)} ${fixed(y)} Q ${fixed(mid)} ${fixed(y + lift)} ${fixed(end)} ${fixed(y)}`,
      labelX: fixed(mid),
      labelY: fixed(y + lift / 2 + (up ? -4 : 12)),
      strokeWidth: fixed(1 + 5 * edge.share),
    };
  });
  return { width, height: fixed(height), radius: RADIUS, nodes, edges };
}

/** A coordinate rounded to one decimal. */
function fixed(x: number): number {
  return Math.round(x * 10) / 10;
}

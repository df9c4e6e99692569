// The graph's look from the theme's CSS variables (so light and dark read the same as the rest
// of the app), and the first positions (a golden-angle spiral by hop; for a big graph, clusters
// around the best-tied nodes), drawn at once, which the ForceAtlas2 worker then refines.
import type { GraphEdge, GraphEdgeKind, GraphNode, GraphNodeKind } from "../../ipc/types";

export const EDGE_KINDS: GraphEdgeKind[] = ["knows", "introduced", "works_with", "represents", "family", "member", "touchpoint"];
export const NODE_KINDS: GraphNodeKind[] = ["person", "organization", "colleague"];

const EDGE_VAR: Record<GraphEdgeKind, string> = {
  knows: "--text-3",
  introduced: "--hue-blue-fg",
  works_with: "--hue-green-fg",
  represents: "--hue-amber-fg",
  family: "--hue-pink-fg",
  member: "--hue-violet-fg",
  touchpoint: "--hue-teal-fg",
};
const NODE_VAR: Record<GraphNodeKind, string> = {
  person: "--accent",
  organization: "--hue-violet-fg",
  colleague: "--hue-teal-fg",
};
/** Kinds read in one direction get an arrow. */
const DIRECTED = new Set<GraphEdgeKind>(["introduced", "represents", "member", "touchpoint"]);

export function edgeVar(kind: GraphEdgeKind): string {
  return EDGE_VAR[kind];
}
export function nodeVar(kind: GraphNodeKind): string {
  return NODE_VAR[kind];
}

/** Above this many nodes the graph is dense: only the centre (a person's graph), hubs, the node
 * under the pointer, the one selected and their neighbours carry a label, and all of them once
 * zoomed in to read (class `read`). */
export const DENSE = 60;

/** Cytoscape's stylesheet with today's colours; `big` trades arrows and curves for speed.
 * Labels never get collision code of ours: Cytoscape's own options keep them readable — an
 * opaque plate in the canvas colour, so a label over another reads whole; the centre, the
 * hovered and the selected node drawn on top (z-index); labels that take no pointer events, so
 * they never steal a click from a node; and, when dense, labels by class. */
export function stylesheet(big: boolean, dense = big, centred = true): unknown[] {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(name).trim() || "#888";
  const shown = big ? { label: "data(label)" } : {};
  // How a label looks. A big graph gives these only to the nodes that show a label (the last
  // rule below): Cytoscape applies each property of each element one by one at its first frame,
  // firing a bounds and a cache check per property, so 12 label properties on 10,000 nodes that
  // show none cost that frame more than the nodes themselves.
  const text = {
    color: v("--text"),
    "font-size": 11,
    "font-family": css.getPropertyValue("font-family") || "sans-serif",
    "text-valign": "bottom",
    "text-margin-y": 3,
    "text-background-color": v("--surface"),
    "text-background-opacity": 1,
    "text-background-shape": "round-rectangle",
    "text-background-padding": "2px",
    "text-events": "no",
    "min-zoomed-font-size": big ? 9 : 6,
  };
  const labelled = ["node.near", "node.hover", "node:selected", ...(dense ? ["node[deg >= 6]", "node.read", ...(centred ? ["node[hop = 0]"] : [])] : [])];
  const sheet: unknown[] = [
    {
      selector: "node",
      style: {
        "background-color": v("--accent"),
        // A big graph gives a label only to the nodes that show one (below): Cytoscape measures
        // every label it is given, even one drawn transparent, and 10,000 cost the first paint.
        ...(big ? {} : { label: "data(label)", ...text, "text-opacity": dense ? 0 : 1 }),
        width: 14,
        height: 14,
        "border-width": 1,
        "border-color": v("--surface"),
      },
    },
    ...Object.entries(NODE_VAR).map(([kind, name]) => ({
      selector: `node[kind = "${kind}"]`,
      style: { "background-color": v(name), shape: kind === "organization" ? "round-rectangle" : kind === "colleague" ? "diamond" : "ellipse" },
    })),
    { selector: "node[hop = 0]", style: { width: 22, height: 22, "font-weight": "bold", "border-width": 2, "border-color": v("--text"), "z-index": 10 } },
    // `deg` is the node's number of ties, counted once when the graph is built (GraphView): the
    // same as Cytoscape's [[degree]] without its walk over each node's edges at every restyle.
    ...(dense ? [{ selector: `node[deg >= 6], node.read${centred ? ", node[hop = 0]" : ""}`, style: { "text-opacity": 1, ...shown } }] : []),
    // A big graph's labels, last of the label rules so a class's z-index and border still win.
    ...(big ? [{ selector: labelled.join(", "), style: text }] : []),
    { selector: "node.near", style: { "text-opacity": 1, "z-index": 15, ...shown } },
    { selector: "node.hover", style: { "text-opacity": 1, "z-index": 20, "border-width": 2, "border-color": v("--accent-hover"), ...shown } },
    { selector: "node:selected", style: { "text-opacity": 1, "z-index": 20, "border-width": 3, "border-color": v("--accent-hover"), ...shown } },
    {
      selector: "edge",
      style: {
        width: 1.2,
        "line-color": v("--text-3"),
        opacity: 0.7,
        "curve-style": big ? "haystack" : "bezier",
        // Haystacks draw no arrows: a big graph's 20,000 ties skip the arrow properties.
        ...(big ? {} : { "target-arrow-shape": "none", "arrow-scale": 0.7 }),
      },
    },
    ...Object.entries(EDGE_VAR).map(([kind, name]) => ({
      selector: `edge[kind = "${kind}"]`,
      style: {
        "line-color": v(name),
        ...(big ? {} : { "target-arrow-color": v(name) }),
        ...(DIRECTED.has(kind as GraphEdgeKind) && !big ? { "target-arrow-shape": "triangle" } : {}),
        ...(kind === "touchpoint" ? { "line-style": "dashed" } : {}),
      },
    })),
  ];
  return sheet;
}

const GOLDEN = Math.PI * (3 - Math.sqrt(5));

/** A spiral, the centre first and each hop further out (nodes come nearest first). */
export function spiral(nodes: GraphNode[]): { x: Float32Array; y: Float32Array } {
  const x = new Float32Array(nodes.length);
  const y = new Float32Array(nodes.length);
  nodes.forEach((n, i) => {
    const r = 30 * Math.sqrt(i + 0.5) + 40 * n.hop;
    x[i] = r * Math.cos(i * GOLDEN);
    y[i] = r * Math.sin(i * GOLDEN);
  });
  return { x, y };
}

/** A big graph's first positions: its best-tied nodes on the spiral, each with the room its
 * neighbours take, and every other node in a small spiral around its best-tied neighbour. The
 * plain spiral draws each tie across the whole disc (10,000 long lines, most of the first frame's
 * cost on a 2D canvas); this one draws them short, near where ForceAtlas2 will put them. */
export function clustered(nodes: GraphNode[], edges: GraphEdge[]): { x: Float32Array; y: Float32Array } {
  const index = new Map(nodes.map((n, i) => [n.key, i]));
  const deg = new Uint32Array(nodes.length);
  const ends = edges.map((e) => [index.get(e.source) ?? -1, index.get(e.target) ?? -1] as const).filter(([a, b]) => a >= 0 && b >= 0 && a !== b);
  for (const [a, b] of ends) {
    deg[a] = (deg[a] ?? 0) + 1;
    deg[b] = (deg[b] ?? 0) + 1;
  }
  // Each node's anchor: its neighbour with the most ties, if that one has more than it has.
  const anchor = new Int32Array(nodes.length).fill(-1);
  const better = (a: number, b: number) => (deg[b] ?? 0) > (deg[a] ?? 0) && (anchor[a] === -1 || (deg[b] ?? 0) > (deg[anchor[a] ?? 0] ?? 0));
  for (const [a, b] of ends) {
    if (better(a, b)) anchor[a] = b;
    if (better(b, a)) anchor[b] = a;
  }
  // Anchors of anchors collapse to the top one, so every node hangs off a root.
  const root = (i: number) => {
    let r = i;
    for (let hops = 0; (anchor[r] ?? -1) >= 0 && hops < 64; hops++) r = anchor[r] ?? r;
    return r;
  };
  const members = new Map<number, number[]>();
  nodes.forEach((_n, i) => {
    const r = root(i);
    const ms = members.get(r) ?? [];
    if (!members.has(r)) members.set(r, ms);
    if (r !== i) ms.push(i);
  });
  const x = new Float32Array(nodes.length);
  const y = new Float32Array(nodes.length);
  let area = 0;
  let k = 0;
  // Roots by how many they carry, the biggest near the middle.
  for (const [r, ms] of [...members].sort((a, b) => b[1].length - a[1].length)) {
    const rad = 30 * Math.sqrt(area + (ms.length + 1) / 2);
    area += ms.length + 1;
    x[r] = rad * Math.cos(k * GOLDEN);
    y[r] = rad * Math.sin(k * GOLDEN);
    k++;
    ms.forEach((m, j) => {
      const d = 15 * Math.sqrt(j + 1);
      x[m] = (x[r] ?? 0) + d * Math.cos(j * GOLDEN);
      y[m] = (y[r] ?? 0) + d * Math.sin(j * GOLDEN);
    });
  }
  return { x, y };
}

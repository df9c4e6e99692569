// The graph's look from the theme's CSS variables (so light and dark read the same as the rest
// of the app), and the first positions: a golden-angle spiral by hop, drawn at once, which the
// ForceAtlas2 worker then refines.
import type { GraphEdgeKind, GraphNode, GraphNodeKind } from "../../ipc/types";

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

/** Cytoscape's stylesheet with today's colours; `big` trades arrows and curves for speed. */
export function stylesheet(big: boolean): unknown[] {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(name).trim() || "#888";
  const sheet: unknown[] = [
    {
      selector: "node",
      style: {
        "background-color": v("--accent"),
        label: "data(label)",
        color: v("--text"),
        "font-size": 11,
        "font-family": css.getPropertyValue("font-family") || "sans-serif",
        "text-valign": "bottom",
        "text-margin-y": 3,
        "text-background-color": v("--bg"),
        "text-background-opacity": 0.8,
        "text-background-padding": "1px",
        "min-zoomed-font-size": big ? 9 : 6,
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
    { selector: "node[hop = 0]", style: { width: 22, height: 22, "font-weight": "bold", "border-width": 2, "border-color": v("--text") } },
    { selector: "node:selected", style: { "border-width": 3, "border-color": v("--accent-hover") } },
    {
      selector: "edge",
      style: {
        width: 1.2,
        "line-color": v("--text-3"),
        opacity: 0.7,
        "curve-style": big ? "haystack" : "bezier",
        "target-arrow-shape": "none",
        "arrow-scale": 0.7,
      },
    },
    ...Object.entries(EDGE_VAR).map(([kind, name]) => ({
      selector: `edge[kind = "${kind}"]`,
      style: {
        "line-color": v(name),
        "target-arrow-color": v(name),
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

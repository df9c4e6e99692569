// Two costs of a big graph's first frame in Cytoscape 3.35's canvas renderer, trimmed through its
// internals because no option reaches them (measured in the real window at 10,000 nodes,
// BENCHMARKS.md, issue 16). Each is guarded: a version without these internals draws as before.
// `any` below: Cytoscape's internals have no types.
import type cytoscape from "cytoscape";

/**
 * Applies the stylesheet to the elements (by default every one) now, dirtying each element's style cache once rather
 * than once per property: Cytoscape's `checkTriggers` calls `dirtyStyleCache` for each of the
 * ~100 properties a first application sets, and each call builds a collection of the element's
 * edges (a third of the style time, and most of its garbage, at 10,000 nodes). The other triggers
 * (z-order, bounds) still run for each property, as in Cytoscape.
 */
export function styleAtOnce(cy: cytoscape.Core, added: cytoscape.Collection = cy.elements()) {
  const style = cy.style() as any;
  const eles = added as any;
  const triggers = ["checkZOrderTrigger", "checkBoundsTrigger", "checkConnectedEdgesBoundsTrigger", "checkParallelEdgesBoundsTrigger"];
  const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
  if (typeof style.checkTriggers !== "function" || own(style, "checkTriggers") || !triggers.every((t) => typeof style[t] === "function")) return;
  if (typeof eles.cleanStyle !== "function" || typeof eles.dirtyStyleCache !== "function") return;
  style.checkTriggers = function (this: any, ele: unknown, name: string, from: unknown, to: unknown) {
    for (const t of triggers) this[t](ele, name, from, to);
  };
  try {
    eles.cleanStyle();
  } finally {
    delete style.checkTriggers;
    eles.dirtyStyleCache();
  }
}

/**
 * Draws the first frame without the layered texture cache: on its first use that cache draws
 * every element into its layers before anything shows (~60% of a 10,000-node first frame under a
 * software canvas), while later uses build the layers a little each frame. The first frame draws
 * each element from its own texture instead; the layers then come as Cytoscape queues them.
 */
export function firstFrameUnlayered(cy: cytoscape.Core) {
  const layers = (cy as any).renderer?.()?.data?.lyrTxrCache;
  if (!layers || typeof layers.getLayers !== "function" || Object.prototype.hasOwnProperty.call(layers, "getLayers") || layers.firstGet !== true) return;
  layers.getLayers = () => null;
  cy.one("render", () => {
    delete layers.getLayers;
    layers.firstGet = false;
  });
}

/**
 * A big graph's nodes in the order they join the drawing: a person's graph's centre, then
 * organizations and colleagues (the hubs that give the picture its shape), then people by how
 * many ties they have; people with as many ties come in a scattered order, so each share is a thin
 * sample of the whole graph (every cluster a little), not the first clusters whole. A list's or an
 * event's graph has many centres (every member is hop 0): they are people like the others there.
 */
export function reachFirst<N extends { key: string; kind: string; hop: number }>(nodes: N[], deg: Map<string, number>): N[] {
  const centred = nodes.filter((n) => n.hop === 0).length === 1;
  const rank = (n: N) => (centred && n.hop === 0 ? 2 : n.kind !== "person" ? 1 : 0);
  // Knuth's multiplicative hash of the index: a fixed, well-spread order among equals.
  const scatter = (i: number) => Math.imul(i + 1, 2654435761) >>> 0;
  return nodes
    .map((n, i) => ({ n, r: rank(n), d: deg.get(n.key) ?? 0, s: scatter(i) }))
    .sort((a, b) => b.r - a.r || b.d - a.d || a.s - b.s)
    .map((o) => o.n);
}

/** Runs `next` once the frame just drawn is on screen: two frames on (the bench's "painted"), so
 * the next batch's styling never holds that frame back. */
export function afterPaint(next: () => void) {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(next, 0)));
}

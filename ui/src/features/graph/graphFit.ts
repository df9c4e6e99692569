// The graph view's Cytoscape chores kept out of GraphView.svelte: fitting the view (cheaply for a
// big graph), the ties' filter, the pointer's events, and the stylesheet marker the CSP needs.
import type cytoscape from "cytoscape";
import type { GraphEdgeKind } from "../../ipc/types";
import { bounds } from "./bounds";

/** Cytoscape prepends an inline <style> unless an element with this id exists; the CSP
 * forbids inline styles, and app.css already gives the container its `position: relative`. */
export function markStylesheet() {
  const id = "__________cytoscape_stylesheet";
  if (document.getElementById(id)) return;
  const marker = document.createElement("meta");
  marker.id = id;
  document.head.prepend(marker);
}

/** The whole graph in view, but no closer than 1.25: a handful of nodes stays at reading size. */
export function fitAll(cy: cytoscape.Core) {
  cy.fit(undefined, 30);
  if (cy.zoom() > 1.25) {
    cy.zoom(1.25);
    cy.center();
  }
}

/** A big graph's fit from the positions themselves (every node shown, labels mostly hidden):
 * Cytoscape's own fit measures each element's box, labels included, a long frame at 10,000. */
export function fitTo(cy: cytoscape.Core, x: Float32Array, y: Float32Array) {
  if (!x.length) return;
  const [x0, x1, y0, y1] = bounds(x, y);
  const pad = 30 + 11;
  const zoom = Math.min(1.25, Math.max(cy.minZoom(), Math.min((cy.width() - 2 * pad) / Math.max(x1 - x0, 1), (cy.height() - 2 * pad) / Math.max(y1 - y0, 1))));
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - (zoom * (x0 + x1)) / 2, y: cy.height() / 2 - (zoom * (y0 + y1)) / 2 } });
}

/** Hides the ties of the kinds unticked, then the nodes left with no tie shown (the centre stays). */
export function filterTies(cy: cytoscape.Core, shown: Record<GraphEdgeKind, boolean>) {
  cy.batch(() => {
    cy.edges().forEach((e) => void e.style("display", shown[e.data("kind") as GraphEdgeKind] ? "element" : "none"));
    cy.nodes().forEach((n) => {
      const keep = n.data("hop") === 0 || n.connectedEdges().some((e) => shown[e.data("kind") as GraphEdgeKind]);
      n.style("display", keep ? "element" : "none");
    });
  });
}

/** The pointer on the graph: a click opens the node (`open`, by its key); the node under the
 * pointer and its neighbours show their labels above the rest (graphStyle); a dense graph labels
 * everyone once zoomed in far enough for the labels to have room. `touched` says the person moved
 * the view (the layout then stops fitting it), `gesture` that a drag or wheel is under way. */
export function wire(cy: cytoscape.Core, container: HTMLElement, dense: boolean, on: { open: (key: string) => void; touched: () => void; gesture: () => void }) {
  cy.on("tap", "node", (ev) => on.open(ev.target.id()));
  cy.on("mouseover", "node", (ev) => {
    ev.target.addClass("hover");
    ev.target.neighborhood("node").addClass("near");
  });
  cy.on("mouseout", "node", () => cy.nodes(".hover, .near").removeClass("hover near"));
  if (dense) {
    let reading = false;
    cy.on("zoom", () => {
      const now = cy.zoom() >= 1;
      if (now !== reading) cy.nodes()[now ? "addClass" : "removeClass"]("read");
      reading = now;
    });
  }
  for (const type of ["wheel", "pointerdown"]) container.addEventListener(type, on.touched, { passive: true });
  for (const type of ["wheel", "mousemove", "touchmove"])
    container.addEventListener(type, (ev) => {
      if (ev.type === "wheel" || (ev as MouseEvent).buttons || ev.type === "touchmove") on.gesture();
    }, { passive: true });
}

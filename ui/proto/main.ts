// Prototype (issue 16): 10,000 nodes + ~20,000 ties drawn by sigma.js v3 (WebGL) or by Cytoscape as GraphView configures it (?r=sigma|cy), to compare first frame and pan/zoom fps in WebKitGTK (BENCHMARKS.md, issue 16).
// Not part of the app: sigma is not a dependency (`npm install --no-save sigma@3` first), then `npx vite build --config proto/vite.config.ts` (PATCH=1: Cytoscape skips the style triggers of an element's first style; OUT=dir),
// serve the output over HTTP and run proto/drive.mjs (MiniBrowser) or proto/cpu.mjs (Chromium). Query: n=nodes, hide=1 (sigma hides ties and labels while moving), warm=1, border=0, shape=0 (Cytoscape experiments).
import cytoscape from "cytoscape";
import Graph from "graphology";
import Sigma from "sigma";
import { clustered, stylesheet } from "../src/features/graph/graphStyle";
import type { GraphEdge, GraphNode } from "../src/ipc/types";

const params = new URLSearchParams(location.search);
const R = params.get("r") ?? "sigma";
const N = Number(params.get("n") ?? 10000);
const ORGS = Math.round(N / 10);

// Deterministic data: ORGS organizations, the rest people each a member of one, plus ~N "knows" ties mostly within an org.
let seed = 42;
const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const nodes: GraphNode[] = [];
const edges: GraphEdge[] = [];
for (let i = 0; i < N; i++) nodes.push({ key: `n${i}`, id: `n${i}`, label: i < ORGS ? `Org ${i}` : `Person ${i}`, kind: i < ORGS ? "organization" : "person", hop: i === 0 ? 0 : 1 } as unknown as GraphNode);
for (let i = ORGS; i < N; i++) edges.push({ id: `m${i}`, source: `n${i}`, target: `n${i % ORGS}`, kind: "member" } as unknown as GraphEdge);
for (let i = 0; i < N + 1000; i++) {
  const a = ORGS + Math.floor(rnd() * (N - ORGS));
  const b = rnd() < 0.8 ? ORGS + (((a - ORGS) + ORGS * (1 + Math.floor(rnd() * 5))) % (N - ORGS)) : ORGS + Math.floor(rnd() * (N - ORGS));
  if (a !== b) edges.push({ id: `k${i}`, source: `n${a}`, target: `n${b}`, kind: "knows" } as unknown as GraphEdge);
}
const w = window as unknown as Record<string, unknown>;
const out: Record<string, unknown> = { r: R, n: nodes.length, e: edges.length };
w.__proto = out;
const box = document.getElementById("box") as HTMLDivElement;
const css = getComputedStyle(document.documentElement);
const col = (v: string) => css.getPropertyValue(v).trim() || "#888";

function painted(t0: number) {
  requestAnimationFrame(() => requestAnimationFrame(() => { out.painted = performance.now() - t0; }));
}

// Counted after the page is up (data in hand): the same work GraphView does from the answer on.
setTimeout(() => {
  const t0 = performance.now();
  out.t0 = t0;
  const { x, y } = clustered(nodes, edges);
  out.positions = performance.now() - t0;
  if (R === "sigma") {
    const g = new Graph({ multi: true, type: "mixed" });
    const nodeCol = { person: col("--accent"), organization: col("--hue-violet-fg"), colleague: col("--hue-teal-fg") } as Record<string, string>;
    const edgeCol = { member: col("--hue-violet-fg"), knows: col("--text-3") } as Record<string, string>;
    nodes.forEach((n, i) => g.addNode(n.key, { x: x[i], y: -(y[i] ?? 0), size: n.kind === "organization" ? 4 : 2.5, color: nodeCol[n.kind], label: n.label }));
    for (const e of edges) g.addEdgeWithKey(e.id, e.source, e.target, { color: edgeCol[e.kind] ?? "#999", size: 0.5 });
    out.graph = performance.now() - t0;
    let first = true;
    const s = new Sigma(g, box, { hideEdgesOnMove: params.get("hide") === "1", hideLabelsOnMove: params.get("hide") === "1", labelRenderedSizeThreshold: 12, defaultEdgeType: "line", renderEdgeLabels: false });
    out.built = performance.now() - t0;
    w.__sigma = s;
    // sigma's constructor renders synchronously (refresh → render): the first frame is drawn on return.
    if (!first) { out.render = out.built; }
    painted(t0);
    s.on("afterRender", () => {
      if (!first) return;
      first = false;
      out.render = performance.now() - t0;
    });
    const gl = document.createElement("canvas").getContext("webgl2");
    out.webgl = gl ? "webgl2 " + gl.getParameter(gl.RENDERER) : "no webgl2";
  } else {
    const mark = document.createElement("meta");
    mark.id = "__________cytoscape_stylesheet";
    document.head.prepend(mark);
    const deg = new Map<string, number>();
    for (const e of edges) for (const k of [e.source, e.target]) deg.set(k, (deg.get(k) ?? 0) + 1);
    const cn = nodes.map((n, i) => ({ group: "nodes" as const, data: { id: n.key, label: n.label, kind: n.kind, hop: n.hop, deg: deg.get(n.key) ?? 0 }, position: { x: x[i] ?? 0, y: y[i] ?? 0 } }));
    const ce = edges.map((e) => ({ group: "edges" as const, data: { id: `e:${e.id}`, source: e.source, target: e.target, kind: e.kind } }));
    const sheet = stylesheet(true, true, true) as { selector: string; style: Record<string, unknown> }[];
    // Experiment: no border on the nodes (one stroke less per node drawn).
    if (params.get("border") === "0") { delete sheet[0].style["border-width"]; delete sheet[0].style["border-color"]; }
    if (params.get("shape") === "0") for (const r of sheet) delete r.style.shape;
    const cy = cytoscape({ container: box, elements: cn, style: sheet as cytoscape.StylesheetJson, layout: { name: "preset", fit: false }, minZoom: 0.02, maxZoom: 4, hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1, motionBlur: false, boxSelectionEnabled: false });
    out.built = performance.now() - t0;
    w.__cy = cy;
    // Where the first frame's time goes, in this engine: the renderer's steps timed in place.
    const rr = (cy as unknown as { renderer(): Record<string, (...a: unknown[]) => unknown> }).renderer();
    const spent: Record<string, number> = {};
    out.spent = spent;
    for (const name of ["render", "updateEleCalcs", "recalculateRenderedStyle", "drawLayeredElements", "drawCachedElements", "getCachedZSortedEles", "invalidateCachedZSortedEles"]) {
      const f = rr[name];
      if (typeof f !== "function") { spent[name] = -1; continue; }
      rr[name] = function (this: unknown, ...a: unknown[]) { const s0 = performance.now(); try { return f.apply(this, a); } finally { spent[name] = Math.round((spent[name] ?? 0) + performance.now() - s0); } };
    }
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => raf((ts) => { const s0 = performance.now(); cb(ts); const d = performance.now() - s0; if (d > 30) ((out.frames as number[]) ??= []).push(Math.round(s0 - t0), Math.round(d)); });
    cy.one("render", () => {
      out.render = performance.now() - t0;
      painted(t0);
      // As GraphView: the ties join with the layout's first positions, later.
      setTimeout(() => { const t1 = performance.now(); cy.add(ce); cy.one("render", () => { out.edgesIn = performance.now() - t1; }); }, 300);
    });
    let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
    for (let i = 0; i < x.length; i++) { x0 = Math.min(x0, x[i]); x1 = Math.max(x1, x[i]); y0 = Math.min(y0, y[i]); y1 = Math.max(y1, y[i]); }
    const zoom = Math.min(1.25, Math.min((cy.width() - 82) / (x1 - x0), (cy.height() - 82) / (y1 - y0)));
    cy.viewport({ zoom, pan: { x: cy.width() / 2 - (zoom * (x0 + x1)) / 2, y: cy.height() / 2 - (zoom * (y0 + y1)) / 2 } });
    if (params.get("warm") === "1") {
      // Experiment: fill the element texture atlas for every node before the first frame, so
      // that frame's drawImage calls never read an atlas written since its last read.
      const tw = performance.now();
      const etc = (rr as unknown as { data: { eleTxrCache: { getBoundingBox(e: unknown): unknown; getElement(e: unknown, bb: unknown, px: number, lvl: number): unknown } } }).data.eleTxrCache;
      const lvl = Math.max(-4, Math.ceil(Math.log2(zoom)));
      cy.nodes().forEach((n) => void etc.getElement(n, etc.getBoundingBox(n), 1, lvl));
      out.warm = performance.now() - tw;
    }
  }
}, 200);

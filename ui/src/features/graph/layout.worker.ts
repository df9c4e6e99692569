// Runs ForceAtlas2 (graphology's maintained implementation) off the main thread, a few
// iterations at a time, and posts the positions after each batch so the view settles while
// staying interactive. The next batch waits for the page's "next" (sent once it has drawn the
// last): on a machine of two cores the layout no longer takes a core from the drawing, nor runs
// ahead while a pan or a zoom holds its positions back.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { bounds } from "./bounds";

export type LayoutIn = { keys: string[]; x: Float32Array; y: Float32Array; edges: Uint32Array };
export type LayoutOut = { x: Float32Array; y: Float32Array; done: boolean };

/** The batch after this one, run when the page asks ("next"): once it has drawn the last. */
let step: (() => void) | null = null;

self.onmessage = (e: MessageEvent<LayoutIn | "next">) => {
  if (e.data === "next") {
    step?.();
    return;
  }
  const { keys, x, y, edges } = e.data;
  const g = new Graph({ type: "undirected", multi: true, allowSelfLoops: false });
  keys.forEach((k, i) => g.addNode(k, { x: x[i], y: y[i] }));
  for (let i = 0; i + 1 < edges.length; i += 2) g.addEdge(keys[edges[i] ?? 0], keys[edges[i + 1] ?? 0]);
  const big = keys.length > 1500;
  // A stronger repulsion than inferred for small graphs: a handful of nodes otherwise bunch up.
  const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: big, ...(big ? {} : { scalingRatio: 20 }) };
  // Fewer, larger batches for big graphs: each post copies every position to the main thread.
  const [batch, total] = big ? [15, 120] : [40, 400];
  let done = 0;
  step = () => {
    forceAtlas2.assign(g, { iterations: batch, settings });
    done += batch;
    const nx = new Float32Array(keys.length);
    const ny = new Float32Array(keys.length);
    keys.forEach((k, i) => {
      nx[i] = g.getNodeAttribute(k, "x");
      ny[i] = g.getNodeAttribute(k, "y");
    });
    scale(nx, ny, Math.max(480, 110 * Math.sqrt(keys.length)));
    const out: LayoutOut = { x: nx, y: ny, done: done >= total };
    if (out.done) step = null;
    (self as unknown as Worker).postMessage(out, [nx.buffer, ny.buffer]);
  };
  step();
};

/** ForceAtlas2's units are its own: spread the drawing over `side` pixels, so labels fit
 * between nodes at zoom 1 whatever the graph's size. */
function scale(x: Float32Array, y: Float32Array, side: number) {
  const [x0, x1, y0, y1] = bounds(x, y);
  const k = side / Math.max(x1 - x0, y1 - y0, 1e-6);
  for (let i = 0; i < x.length; i++) {
    x[i] = ((x[i] ?? 0) - x0) * k;
    y[i] = ((y[i] ?? 0) - y0) * k;
  }
}

// One bounding box of a graph's positions, shared by the view's fit (graphFit.ts) and the layout
// worker's scaling (layout.worker.ts), which would otherwise each keep a copy of the loop.

/** The smallest box holding every position: [x0, x1, y0, y1] (Infinity/-Infinity when empty). */
export function bounds(x: Float32Array, y: Float32Array): [number, number, number, number] {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < x.length; i++) {
    const a = x[i] ?? 0;
    const b = y[i] ?? 0;
    if (a < x0) x0 = a;
    if (a > x1) x1 = a;
    if (b < y0) y0 = b;
    if (b > y1) y1 = b;
  }
  return [x0, x1, y0, y1];
}

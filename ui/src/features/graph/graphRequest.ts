// The network graph's request, started with the click rather than once the graph view's code
// (Cytoscape, ~400 kB to load and parse) has arrived: the core builds its answer meanwhile.
// Kept out of GraphView.svelte so the app's main chunk can start it without loading Cytoscape.
import { ipc } from "../../ipc/ipc";
import type { GraphScope, NetworkGraph } from "../../ipc/types";

/** The request started for the graph being opened, until its view takes it. */
let pending: { key: string; answer: Promise<NetworkGraph> } | null = null;

const keyOf = (scope: GraphScope) => `${scope.kind}/${scope.id}`;

function ask(scope: GraphScope): Promise<NetworkGraph> {
  performance.mark("graph-request");
  return ipc.networkGraph({ scope, max_nodes: scope.kind === "person" ? 2000 : 10000 });
}

/** Starts the request for the view about to open (App, as it loads GraphView); each opening
 * starts its own, so a request left by a view never opened is replaced, never reused. */
export function prefetchGraph(scope: GraphScope): void {
  const answer = ask(scope);
  // Until the view takes it, a failure is nobody's: the view shows it once it awaits the answer.
  answer.catch(() => {});
  pending = { key: keyOf(scope), answer };
}

/** The graph for the view: the request its opening started if there is one, else a new one
 * (a retry after an error, or a view mounted without App). */
export function requestGraph(scope: GraphScope): Promise<NetworkGraph> {
  const p = pending;
  pending = null;
  return p && p.key === keyOf(scope) ? p.answer : ask(scope);
}

// The first-frame shortcut through Cytoscape's internals (firstFrame.ts) must style every element
// exactly as Cytoscape's own application does, and leave Cytoscape as it found it.
import cytoscape from "cytoscape";
import { describe, expect, it, vi } from "vitest";
import { reachFirst, styleAtOnce } from "./firstFrame";

const style: cytoscape.StylesheetJson = [
  { selector: "node", style: { "background-color": "#36c", width: 14, height: 14, "border-width": 1 } },
  { selector: 'node[kind = "organization"]', style: { shape: "round-rectangle", "background-color": "#a3c" } },
  { selector: "node[deg >= 3]", style: { label: "data(label)", "z-index": 10, width: 22 } },
  { selector: "edge", style: { width: 1.2, "curve-style": "haystack", "line-color": "#888" } },
];

function graph() {
  const elements: cytoscape.ElementDefinition[] = [];
  for (let o = 0; o < 3; o++) elements.push({ data: { id: `o${o}`, label: `Org ${o}`, kind: "organization", deg: 4 }, position: { x: o * 50, y: 0 } });
  for (let p = 0; p < 12; p++) {
    elements.push({ data: { id: `p${p}`, label: `Person ${p}`, kind: "person", deg: 1 }, position: { x: p * 10, y: 40 } });
    elements.push({ data: { id: `e${p}`, source: `p${p}`, target: `o${p % 3}` } });
  }
  return cytoscape({ headless: true, styleEnabled: true, elements, style });
}

const PROPS = ["background-color", "shape", "width", "height", "border-width", "label", "z-index", "line-color", "curve-style"];
const look = (cy: cytoscape.Core) => cy.elements().map((e) => [e.id(), ...PROPS.map((p) => JSON.stringify(e.style(p)))]);

describe("styleAtOnce", () => {
  it("styles every element as Cytoscape would, its bounds and z-order included", () => {
    const plain = graph();
    const quick = graph();
    styleAtOnce(quick);
    expect(look(quick)).toEqual(look(plain));
    expect(quick.$id("o0").boundingBox()).toEqual(plain.$id("o0").boundingBox());
    expect(quick.$id("p1").boundingBox()).toEqual(plain.$id("p1").boundingBox());
  });

  it("styles elements added later, as a big graph's ties join after its first frame", () => {
    const plain = graph();
    const quick = graph();
    styleAtOnce(quick);
    const more = [{ data: { id: "x", source: "p0", target: "o1" } }, { data: { id: "y", source: "p1", target: "o2" } }];
    plain.add(more);
    styleAtOnce(quick, quick.add(more));
    expect(look(quick)).toEqual(look(plain));
  });

  it("dirties each style cache once, not once per property, and restores Cytoscape's trigger", () => {
    const cy = graph();
    const proto = Object.getPrototypeOf(cy.elements()) as { dirtyStyleCache: () => unknown };
    const dirty = vi.spyOn(proto, "dirtyStyleCache");
    styleAtOnce(cy);
    // One call for the whole collection: had the internals moved, the guard would have left
    // Cytoscape's per-property calls (hundreds here) and this count would say so.
    expect(dirty).toHaveBeenCalledTimes(1);
    dirty.mockRestore();
    expect(Object.prototype.hasOwnProperty.call(cy.style(), "checkTriggers")).toBe(false);
  });
});

describe("reachFirst", () => {
  it("puts the centre, then organizations and colleagues, then people by ties, and scatters equals", () => {
    const nodes = [
      { key: "p0", kind: "person", hop: 1 },
      { key: "o0", kind: "organization", hop: 1 },
      { key: "c", kind: "person", hop: 0 },
      { key: "p1", kind: "person", hop: 1 },
      { key: "k0", kind: "colleague", hop: 1 },
      ...Array.from({ length: 100 }, (_v, i) => ({ key: `q${i}`, kind: "person", hop: 2 })),
    ];
    const deg = new Map([["p1", 5], ["p0", 2]]);
    const out = reachFirst(nodes, deg);
    expect(out.length).toBe(nodes.length);
    expect(new Set(out.map((n) => n.key)).size).toBe(nodes.length);
    const head = out.slice(0, 5).map((n) => n.key);
    expect(head[0]).toBe("c");
    expect(head.slice(1, 3).sort()).toEqual(["k0", "o0"]);
    expect(head.slice(3)).toEqual(["p1", "p0"]);
    // Equals come scattered: the first ten of the hundred alike are not the first ten given.
    const first10 = out.slice(5, 15).map((n) => Number(n.key.slice(1)));
    expect(first10).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(Math.max(...first10) - Math.min(...first10)).toBeGreaterThan(50);
  });

  it("puts a list's hubs first: its members are all centres, and people", () => {
    const nodes = [
      ...Array.from({ length: 30 }, (_v, i) => ({ key: `m${i}`, kind: "person", hop: 0 })),
      { key: "o0", kind: "organization", hop: 1 },
      { key: "o1", kind: "organization", hop: 1 },
    ];
    const deg = new Map([["o0", 15], ["o1", 15], ...Array.from({ length: 30 }, (_v, i) => [`m${i}`, 1] as [string, number])]);
    expect(reachFirst(nodes, deg).slice(0, 2).map((n) => n.key).sort()).toEqual(["o0", "o1"]);
  });
});

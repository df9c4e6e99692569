// The shared bounding box: every position inside, empty input left open.
import { describe, expect, it } from "vitest";
import { bounds } from "./bounds";

describe("bounds", () => {
  it("holds every position", () => {
    expect(bounds(new Float32Array([3, -2, 7]), new Float32Array([0, 5, -1]))).toEqual([-2, 7, -1, 5]);
  });
  it("is open when there is nothing", () => {
    expect(bounds(new Float32Array(), new Float32Array())).toEqual([Infinity, -Infinity, Infinity, -Infinity]);
  });
});

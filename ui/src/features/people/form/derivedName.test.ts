// A derived display name follows first/last-name edits in the form; a hand-typed one never does.
import { describe, expect, it } from "vitest";
import { derivedName, followNames } from "./derivedName";

describe("derived display name", () => {
  it("joins the names that are filled", () => {
    expect(derivedName(" Amélie ", "Dubois")).toBe("Amélie Dubois");
    expect(derivedName("", "Dubois")).toBe("Dubois");
  });
  it("follows the names while it was derived from them", () => {
    const before = { first: "Amélie", last: "Dubois" };
    expect(followNames("Amélie Dubois", before, { first: "Amélia", last: "Dubois" })).toBe("Amélia Dubois");
    expect(followNames("Amélie Dubois", before, { first: "Amélie", last: "Martin" })).toBe("Amélie Martin");
  });
  it("keeps a name typed by hand, an empty one, and never empties one", () => {
    const before = { first: "Amélie", last: "Dubois" };
    expect(followNames("Amélie D. (Paris)", before, { first: "Amélia", last: "Dubois" })).toBe("Amélie D. (Paris)");
    expect(followNames("", before, { first: "Amélia", last: "Dubois" })).toBe("");
    expect(followNames("Amélie Dubois", before, { first: "", last: "" })).toBe("Amélie Dubois");
  });
});

// Routes round-trip through the address bar: the People list's name box rides along as ?q=.
import { describe, expect, it } from "vitest";
import { hrefOf, parseHash } from "./router.svelte";

describe("the People route carries the name box", () => {
  it("reads ?q= back, accents and spaces included, so Back returns to the same matches", () => {
    const href = hrefOf({ name: "people", q: "amélie dubois@maison.fr" });
    expect(parseHash(href)).toEqual({ name: "people", q: "amélie dubois@maison.fr" });
  });
  it("leaves the plain list and a person's page as they were", () => {
    expect(hrefOf({ name: "people" })).toBe("#/people");
    expect(parseHash("#/people")).toEqual({ name: "people" });
    expect(parseHash("#/people?q=")).toEqual({ name: "people" });
    expect(parseHash("#/people/019a9b6e-0000-7000-8000-000000000001")).toEqual({
      name: "person",
      id: "019a9b6e-0000-7000-8000-000000000001",
    });
  });
});

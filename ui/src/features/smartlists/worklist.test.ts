// The work list's pure parts: the relationship filters to and from a request, and the remembered columns.
import { describe, expect, it } from "vitest";
import { DEFAULT_COLUMNS, emptyRelation, loadColumns, moveColumn, relationFilter, splitRelation } from "./worklist.svelte";

describe("relationship filters", () => {
  it("sends only what is set, and a saved filter comes back to the same bar", () => {
    expect(relationFilter(emptyRelation()), "an empty bar filters nothing").toEqual({});
    const r = { ...emptyRelation(), lastContact: "more_than" as const, lastDays: "60", audienceMin: "100 000", audiencePlatform: "instagram" as const, cadence: "cold" as const };
    const f = relationFilter(r);
    expect(f).toEqual({ last_contact: { when: "more_than", days: 60 }, audience_min: 100000, audience_platform: "instagram", cadence: "cold" });
    const back = splitRelation({ archived: "hide", ...f, city: "Paris" });
    expect(relationFilter(back.relation)).toEqual(f);
    expect(back.other, "a filter the bar has no control for is kept, not dropped").toEqual({ city: "Paris" });
  });

  it("leaves out a number not finished yet", () => {
    expect(relationFilter({ ...emptyRelation(), lastContact: "within", lastDays: "" })).toEqual({});
  });
});

describe("columns", () => {
  it("remembers the choice and ignores columns this build does not know", () => {
    const store = { getItem: () => JSON.stringify(["audience", "gone", "cadence", "audience"]) };
    expect(loadColumns(store)).toEqual(["audience", "cadence"]);
    expect(loadColumns({ getItem: () => null }), "no choice yet: the directory's columns").toEqual(DEFAULT_COLUMNS);
    expect(loadColumns({ getItem: () => "{not json" })).toEqual(DEFAULT_COLUMNS);
  });

  it("moves a column within bounds", () => {
    expect(moveColumn(["kind", "stage", "audience"], "audience", -1)).toEqual(["kind", "audience", "stage"]);
    expect(moveColumn(["kind", "stage"], "kind", -1)).toEqual(["kind", "stage"]);
  });
});

// "Who's here" sorts and filters the way the core's list does, so the page and an export agree.
import { describe, expect, it } from "vitest";
import type { Attendee } from "../../ipc/types";
import { filterAttendees, sortAttendees } from "./attendees";

function a(name: string, over: Partial<Attendee> = {}): Attendee {
  return {
    person: { id: name, display_name: name, kind: "other", stage: "engaged", city: "", country: "", employer: "", primary_handle: null, archived: false, updated_at: "" },
    role: "attendee",
    status: "invited",
    why: "",
    last_interaction_at: null,
    open_followups: 0,
    topics: [],
    ...over,
  };
}

const list = [
  a("Zoé Roy", { role: "speaker", status: "met", last_interaction_at: "2026-11-20T10:00:00Z", open_followups: 1, topics: ["mode"] }),
  a("Émile Côté", { role: "press", status: "confirmed", last_interaction_at: "2026-01-02T10:00:00Z", why: "Covers cloud for Les Echos" }),
  a("amélie Dubois", { role: "host", status: "invited", open_followups: 3, topics: ["développement durable"] }),
];
const names = (xs: Attendee[]) => xs.map((x) => x.person.display_name);

describe("sorting who's here", () => {
  it("sorts names accent- and case-blind", () => {
    expect(names(sortAttendees(list, "name"))).toEqual(["amélie Dubois", "Émile Côté", "Zoé Roy"]);
  });
  it("puts whoever we have not spoken to for longest first (never first of all)", () => {
    expect(names(sortAttendees(list, "last_contact"))).toEqual(["amélie Dubois", "Émile Côté", "Zoé Roy"]);
  });
  it("puts the most open follow-ups first", () => {
    expect(names(sortAttendees(list, "followups"))).toEqual(["amélie Dubois", "Zoé Roy", "Émile Côté"]);
  });
  it("orders roles and statuses as the event goes, not alphabetically", () => {
    expect(names(sortAttendees(list, "role"))).toEqual(["Zoé Roy", "amélie Dubois", "Émile Côté"]);
    expect(names(sortAttendees(list, "status"))).toEqual(["amélie Dubois", "Émile Côté", "Zoé Roy"]);
  });
  it("does not reorder the list it was given", () => {
    const copy = [...list];
    sortAttendees(list, "name");
    expect(list).toEqual(copy);
  });
});

describe("filtering who's here", () => {
  it("keeps a role or a status", () => {
    expect(names(filterAttendees(list, { role: "press", status: "", query: "" }))).toEqual(["Émile Côté"]);
    expect(names(filterAttendees(list, { role: "", status: "met", query: "" }))).toEqual(["Zoé Roy"]);
  });
  it("matches every typed word in the name, topics or why, accents ignored", () => {
    expect(names(filterAttendees(list, { role: "", status: "", query: "emile echos" }))).toEqual(["Émile Côté"]);
    expect(names(filterAttendees(list, { role: "", status: "", query: "developpement" }))).toEqual(["amélie Dubois"]);
    expect(filterAttendees(list, { role: "", status: "", query: "nobody" })).toEqual([]);
  });
});
